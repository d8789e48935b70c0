/**
 * A cell the add-in marked: which (its defined name, so the mark is found again after a sheet is
 * renamed or rows are inserted; its address when it has no name), the fill it had before, what the
 * add-in wrote besides the fill, and a digest of the mark's text, so a pass that would write the
 * same marks again writes nothing. A `resolved` entry is a thread of the add-in's own kept, resolved,
 * for the replies users wrote in it; `id` names that comment.
 */
export interface MarkEntry {
  ref: string;
  fill: string;
  kind: "note" | "comment" | "fill" | "resolved";
  sig: string;
  id?: string;
}

/**
 * The hidden workbook name that remembers the marks, so a later pass (or a later session) can
 * take them off exactly. A name, not a custom XML part: writing parts clears Excel's undo stack.
 */
export const MARKS_NAME = "_hso_marks";

/** Excel refuses string literals over 255 characters in a formula; longer records are joined with `&`. */
const LITERAL_MAX = 250;

const KINDS: readonly MarkEntry["kind"][] = ["note", "comment", "fill", "resolved"];

/** The record as a name formula: `="…"&"…"`. */
export function marksFormula(entries: readonly MarkEntry[]): string {
  const text = entries
    .map((entry) =>
      [entry.kind, entry.fill, entry.ref, entry.sig, entry.id ?? ""].map(encodeURIComponent).join("|"),
    )
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
    const [kind = "", fill, ref, sig = "", id = ""] = part.split("|").map((piece) => safeDecode(piece));
    const known = KINDS.find((candidate) => candidate === kind);
    if (known && fill !== undefined && ref)
      entries.push({ kind: known, fill, ref, sig, ...(id ? { id } : {}) });
  }
  return entries;
}

/** Whether two records say the same (order aside). */
export function sameRecord(a: readonly MarkEntry[], b: readonly MarkEntry[]): boolean {
  const key = (entries: readonly MarkEntry[]) =>
    entries
      .map((entry) => [entry.kind, entry.fill, entry.ref, entry.sig, entry.id ?? ""].join("|"))
      .sort()
      .join(";");
  return a.length === b.length && key(a) === key(b);
}

/** A short digest of a mark's text (FNV-1a, 32 bits): enough to tell one text from another. */
export function textSig(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return "";
  }
}
