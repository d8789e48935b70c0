import { posix } from "node:path";
import { CliFailure } from "../../cli-failure";
import { xmlAttributes } from "./xml-text";
import { inflateEntry, isOversized, type ZipEntry, zipDirectory } from "./zip-directory";

/**
 * The most any one part we unpack may hold. Template sheets are some 20 KB; a sheet of 32 MB holds
 * some 300,000 rows, far past any return, and keeps a whole check well inside 400 MB of memory.
 */
export const MAX_PART_BYTES = 32 * 1024 * 1024;

/** An .xlsx opened as its parts (ECMA-376 Part 2, Open Packaging Conventions), read on demand. */
export interface XlsxPackage {
  /** Path of the workbook part, usually `xl/workbook.xml`. */
  workbookPath: string;
  /** A part's text; undefined when it is not there. Refused (not read) when it claims to be too large. */
  text: (path: string) => string | undefined;
  /** The first bytes of a part, for what stands at its top (a sheet's dimension). */
  head: (path: string) => string | undefined;
  /** The targets of a part's relationships: id → part path, and type → part paths. */
  relationships: (path: string) => { byId: Map<string, string>; byType: Map<string, string[]> };
}

/** Opens a zip as an OOXML package; a zip that is an .ods or has no workbook is refused by name. */
export function openXlsx(bytes: Buffer): XlsxPackage {
  const entries = zipDirectory(bytes);
  if ([...entries.values()].some((entry) => entry.encrypted)) throw new CliFailure({ code: "encrypted" });
  if (entries.has("content.xml") || entries.has("mimetype")) throw new CliFailure({ code: "odsFormat" });
  const part = (path: string): ZipEntry | undefined => entries.get(path.replace(/^\//, ""));
  const text = (path: string) => {
    const entry = part(path);
    if (!entry) return undefined;
    if (isOversized(entry, MAX_PART_BYTES)) {
      throw new CliFailure({ code: "partTooLarge", params: { part: path, megabytes: megabytes(entry) } });
    }
    return inflateEntry(bytes, entry).toString("utf8");
  };
  const head = (path: string) => {
    const entry = part(path);
    return entry ? inflateEntry(bytes, entry, true).toString("utf8") : undefined;
  };
  const relationships = (path: string) => relationshipsOf(text(relsPath(path)) ?? "", path);
  const root = relationships("").byType.get("officeDocument")?.[0] ?? "xl/workbook.xml";
  if (!part(root)) throw new CliFailure({ code: "notWorkbook" });
  return { workbookPath: root, text, head, relationships };
}

function megabytes(entry: ZipEntry): string {
  return entry.uncompressedSize === 0xffffffff
    ? "> 4096"
    : String(Math.round(entry.uncompressedSize / 2 ** 20));
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's own is `_rels/.rels`. */
function relsPath(path: string): string {
  if (path === "") return "_rels/.rels";
  return posix.join(posix.dirname(path), "_rels", `${posix.basename(path)}.rels`);
}

function relationshipsOf(xml: string, source: string) {
  const byId = new Map<string, string>();
  const byType = new Map<string, string[]>();
  for (const match of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)\/?>/g)) {
    const attributes = xmlAttributes(match[1] ?? "");
    if (attributes.TargetMode === "External" || !attributes.Target) continue;
    const target = resolveTarget(source, attributes.Target);
    if (attributes.Id) byId.set(attributes.Id, target);
    const type = (attributes.Type ?? "").replace(/^.*\//, "");
    byType.set(type, [...(byType.get(type) ?? []), target]);
  }
  return { byId, byType };
}

/** A relationship's target is relative to its source's folder unless it starts with `/`. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(source || "x"), target)).replace(/^\.\//, "");
}
