import type { ChoiceTable } from "../../shared/aggregate/choice-table";
import type { RegionalTable } from "../../shared/aggregate/regional-table";
import { findField } from "../../shared/templates/catalogue";
import { printableText } from "../../shared/text/printable-text";
import type { AggregateWords } from "./aggregate-words";
import { unitName } from "./table-notes";

/**
 * docs/cli.md's `aggregate --json`: `field, years, rows, total, refused[{file, reason}], incomplete`,
 * with `private` and `totalWithPrivate` for the paper's field, and `footnotes` added; for a status
 * field `rows[].values` hold the status codes, `total` stays empty and `counts` says per year how
 * many units gave each status. Reasons are words (with their `code` beside them); every text from
 * outside is printable.
 */
export function aggregateJson(table: RegionalTable | ChoiceTable, words: AggregateWords) {
  return {
    field: table.field,
    years: table.years,
    // The package years of a planned figure are the years the plans were made (docs/cli.md).
    ...plannedForKey(table.field),
    rows: table.rows,
    total: table.total,
    ...("counts" in table ? { counts: table.counts } : {}),
    ...("private" in table && table.private ? { private: table.private } : {}),
    ...("totalWithPrivate" in table && table.totalWithPrivate
      ? { totalWithPrivate: table.totalWithPrivate }
      : {}),
    refused: table.refused.map((refusal) => ({
      file: printableText(refusal.file),
      reason: printableText(words.refusal(refusal.reason, unitName)),
      code: refusal.reason.code,
    })),
    incomplete: table.incomplete,
    footnotes: table.footnotes.map((note) => ({ ...note, text: printableText(note.text) })),
  };
}

function plannedForKey(field: string): { plannedFor?: number } {
  const plannedFor = findField(field)?.plannedFor;
  return plannedFor === undefined ? {} : { plannedFor };
}
