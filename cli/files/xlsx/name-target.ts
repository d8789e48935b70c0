import type { NameTargetKind } from "../../../shared/report/cell-finding";

/** What a defined name's formula points at. */
export type NameTarget =
  | { kind: "cell"; sheet: string; address: string }
  | { kind: "range"; sheet: string; range: string }
  /** `#REF!`: the cell it named was deleted; the field is missing. */
  | { kind: "deleted" }
  | { kind: NameTargetKind; text: string };

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([^'!\[\]:,()"]+))`;
const CELL = String.raw`\$?([A-Z]{1,3})\$?(\d{1,7})`;
const AREA = new RegExp(`^${SHEET}!${CELL}(?::${CELL})?$`, "i");
const COLUMNS = new RegExp(String.raw`^${SHEET}!\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$`, "i");
const ROWS = new RegExp(String.raw`^${SHEET}!\$?\d{1,7}:\$?\d{1,7}$`, "i");
const CONSTANT = /^(?:[-+]?\d+(?:[.,]\d+)?(?:E[-+]?\d+)?%?|"(?:[^"]|"")*"|TRUE|FALSE|#[A-Z/0!?]+)$/i;

/** Reads a defined name's formula as written in `xl/workbook.xml` (no leading `=`). */
export function nameTarget(refersTo: string): NameTarget {
  const text = refersTo.replace(/^=/, "").trim();
  if (text.includes("#REF!")) return { kind: "deleted" };
  const area = AREA.exec(text);
  if (area) {
    const sheet = (area[1]?.replaceAll("''", "'") ?? area[2] ?? "").trim();
    const first = `${area[3]?.toUpperCase()}${area[4]}`;
    const last = area[5] === undefined ? first : `${area[5].toUpperCase()}${area[6]}`;
    return first === last
      ? { kind: "cell", sheet, address: first }
      : { kind: "range", sheet, range: `${first}:${last}` };
  }
  if (COLUMNS.test(text)) return { kind: "column", text };
  if (ROWS.test(text)) return { kind: "row", text };
  if (CONSTANT.test(text)) return { kind: "constant", text };
  return { kind: "other", text };
}
