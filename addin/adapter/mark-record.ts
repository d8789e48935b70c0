/**
 * A cell the add-in marked: which (its defined name, so the mark is found again after a sheet is
 * renamed or rows are inserted; its address when it has no name), the fill it had before, and what
 * the add-in wrote besides the fill.
 */
export interface MarkEntry {
  ref: string;
  fill: string;
  kind: "note" | "comment" | "fill";
}

/**
 * The hidden workbook name that remembers the marks, so a later pass (or a later session) can
 * take them off exactly. A name, not a custom XML part: writing parts clears Excel's undo stack.
 */
export const MARKS_NAME = "_hso_marks";

/** Excel refuses string literals over 255 characters in a formula; longer records are joined with `&`. */
const LITERAL_MAX = 250;

/** The record as a name formula: `="…"&"…"`. */
export function marksFormula(entries: readonly MarkEntry[]): string {
  const text = entries
    .map((entry) => [entry.kind, entry.fill, entry.ref].map(encodeURIComponent).join("|"))
    .join(";");
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += LITERAL_MAX) chunks.push(text.slice(at, at + LITERAL_MAX));
  return `=${(chunks.length > 0 ? chunks : [""]).map((chunk) => `"${chunk}"`).join("&")}`;
}

/** Reads the record from the name's value (or its formula); ignores anything malformed. */
export function parseMarks(value: unknown): MarkEntry[] {
  if (typeof value !== "string") return [];
  const text = value.startsWith("=")
    ? value.replace(/^=/, "").replace(/"&"/g, "").replace(/^"|"$/g, "")
    : value;
  const entries: MarkEntry[] = [];
  for (const part of text.split(";")) {
    const [kind, fill, ref] = part.split("|").map((piece) => safeDecode(piece));
    if ((kind === "note" || kind === "comment" || kind === "fill") && fill && ref)
      entries.push({ kind, fill, ref });
  }
  return entries;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "";
  }
}
