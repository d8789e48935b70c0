import { CliFailure } from "../cli-failure";

/** What a file is by its content first (a zip is a workbook, `{` a package), its name second. */
export type FileKind = "workbook" | "package";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: an old .xls, or an .xlsx that Excel encrypted with a password (MS-OFFCRYPTO §2.3.4). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted OOXML file keeps the workbook in, as its directory names it (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** Tells a workbook from a package; an empty or unknown file is unusable input. */
export function fileKind(file: string, bytes: Uint8Array): FileKind {
  if (bytes.length === 0) throw new CliFailure({ code: "emptyFile" });
  const lower = file.toLowerCase();
  if (ZIP_MAGIC.every((byte, index) => bytes[index] === byte)) return "workbook";
  if (OLE_MAGIC.every((byte, index) => bytes[index] === byte)) {
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
      ENCRYPTED_PACKAGE,
    );
    throw new CliFailure({ code: encrypted ? "encrypted" : "xlsFormat" });
  }
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
