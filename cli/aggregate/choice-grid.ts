import type { ChoiceTable } from "../../shared/aggregate/choice-table";
import { choicesOf } from "../../shared/aggregate/choice-table";
import type { Lang } from "../../shared/messages/lang";
import { choiceWords } from "../../shared/templates/choices";
import { printableText } from "../../shared/text/printable-text";
import type { CliWords } from "../words/cli-words";
import { aggregateWords } from "./aggregate-words";
import { tableNotes } from "./table-notes";

/** A line of a status table: a unit's status words, or a count under the units. */
export interface ChoiceLine {
  kind: "unit" | "count" | "notSent";
  label: string;
  org: string;
  /** A unit's status in words per year (blank when it gave none), or a count per year. */
  cells: (string | number)[];
  /** For a count line: the status it counts (its words, as the unit lines show them). */
  counts?: string;
}

/** What text, CSV and xlsx write for a status field: headings, lines, the notes under the table. */
export interface ChoiceGrid {
  headings: string[];
  lines: ChoiceLine[];
  notes: string[];
}

/**
 * A status field's table in words: each unit's status per year ("under arbeid"), then per year how
 * many units gave each status and how many expected units sent nothing. Nothing is summed.
 */
export function choiceGrid(table: ChoiceTable, words: CliWords, lang: Lang): ChoiceGrid {
  const own = aggregateWords(lang);
  const choices = choicesOf(table.field) ?? [];
  const years = table.years.map(String);
  const marks = (org: string) =>
    table.footnotes
      .filter((note) => note.org === org)
      .map((note) => note.mark)
      .join(" ");
  const units: ChoiceLine[] = table.rows.map((row) => ({
    kind: "unit",
    label: printableText(marks(row.org) === "" ? row.unit : `${row.unit} ${marks(row.org)}`),
    org: row.org,
    cells: years.map((year) => {
      const code = row.values[year];
      return code === undefined ? "" : choiceWords(choices, code, lang);
    }),
  }));
  const counts: ChoiceLine[] = choices.map((choice) => ({
    kind: "count",
    label: own.countRow(choice.words[lang]),
    org: "",
    cells: years.map((year) => table.counts[year]?.[choice.code] ?? 0),
    counts: choice.words[lang],
  }));
  const notSent: ChoiceLine = {
    kind: "notSent",
    label: own.notSentRow,
    org: "",
    cells: years.map((year) => table.incomplete[year]?.length ?? 0),
  };
  return {
    headings: [words.unitHeading, words.orgHeading, ...years],
    lines: [...units, ...counts, notSent],
    notes: tableNotes(table, own),
  };
}
