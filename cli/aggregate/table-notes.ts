import type { RegionalTable } from "../../shared/aggregate/regional-table";
import type { Refusal } from "../../shared/aggregate/screen-packages";
import { printableText } from "../../shared/text/printable-text";
import { formatOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";
import type { AggregateWords } from "./aggregate-words";

/** A unit's name from the registry (never the package's), or its org. no. when it is unknown. */
export function unitName(org: string): string {
  return findUnit(org)?.name ?? formatOrgNumber(printableText(org));
}

/** The lines under the table: each footnote with its mark, then the years that are incomplete. */
export function tableNotes(
  table: Pick<RegionalTable, "footnotes" | "incomplete">,
  words: AggregateWords,
): string[] {
  const notes = table.footnotes.map((note) => {
    const who = note.private ? words.privateRow : unitName(note.org);
    return printableText(`${note.mark} ${who}, ${note.year}: ${note.text}`);
  });
  const incomplete = Object.entries(table.incomplete).map(([year, orgs]) =>
    words.incomplete(year, orgs.map(unitName).join(", ")),
  );
  return [...notes, ...incomplete];
}

/** One line per refused file: the file and why, every part made printable (they come from outside). */
export function refusalLines(refused: readonly Refusal[], words: AggregateWords): string[] {
  return refused.map(
    (refusal) => `${printableText(refusal.file)}: ${printableText(words.refusal(refusal.reason, unitName))}`,
  );
}
