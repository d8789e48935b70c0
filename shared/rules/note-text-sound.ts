import { noteName } from "../templates/names";
import { NOTE_MAX_LENGTH } from "../templates/note-limit";
import { hasUnprintable } from "../text/printable-text";
import type { Finding, Rule } from "./rule";

/**
 * An explanation or comment goes into the package as written and from there into the regional
 * tables and the board's paper. Excel's data validation keeps a typed note within NOTE_MAX_LENGTH,
 * but a workbook written by a script or a macro, or a package edited by hand, is not held to it, and
 * control or bidi characters (ESC, BEL, U+202E) print as «�» in every report (docs/domain.md,
 * rule 7). Both are warnings at the note's own cell: the figures are not in doubt.
 */
export const noteTextSound: Rule = {
  id: "note-text-sound",
  meta: {
    description: "Notes are of printable text and of a length the reports can show.",
    severity: "warning",
  },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fields) {
      if (!field.cell.note) continue;
      const note = context.note(field.id);
      if (note === "") continue;
      const name = noteName(field.id);
      if (note.length > NOTE_MAX_LENGTH) {
        findings.push({
          code: "note_too_long",
          field: field.id,
          name,
          params: { length: note.length, max: NOTE_MAX_LENGTH },
        });
      }
      // Line breaks are text, however a tool wrote them (\n, \r\n, \r), as printableText keeps them.
      if (hasUnprintable(note.replace(/\r\n?/g, "\n")))
        findings.push({ code: "note_unprintable", field: field.id, name });
    }
    return findings;
  },
};
