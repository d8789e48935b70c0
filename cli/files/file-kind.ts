import { CliFailure } from "../cli-failure";

/** What a file is by its content first (a zip is a workbook, `{` a package), its name second. */
export type FileKind = "workbook" | "package";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Tells a workbook from a package; an empty or unknown file is unusable input. */
export function fileKind(file: string, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new CliFailure({ code: "emptyFile" });
  const lower = file.toLowerCase();
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return "workbook";
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) throw new CliFailure({ code: "notWorkbook" });
  if (lower.endsWith(".json") || startsLikeJson(bytes)) return "package";
  throw new CliFailure({ code: "notSupported", params: { file } });
}

function startsLikeJson(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  return head.startsWith("{");
}
