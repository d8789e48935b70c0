import { findField } from "../../shared/templates/catalogue";
import type { CliWords } from "../words/cli-words";
import type { AggregateView } from "./aggregate-view";
import type { ViewRow } from "./view-rows";

/**
 * The column headings: unit, org. no., the years, then the change between the last two years and
 * the flag. A planned figure's package year is the year the plan was made, so its columns say both
 * years: a bare "2025" over 100 would read as 100 beds in 2025 (docs/cli.md, aggregate).
 */
export function headings(view: AggregateView, words: CliWords): string[] {
  const plannedFor = findField(view.table.field)?.plannedFor;
  const years = view.table.years.map((year) =>
    plannedFor === undefined ? String(year) : words.planColumn({ madeIn: year, plannedFor }),
  );
  const span = view.span ? [`${words.change} ${view.span.from}–${view.span.to}`, words.flagHeading] : [];
  return [words.unitHeading, words.orgHeading, ...years, ...span];
}

/** The flag's words, blank when there is nothing to say. */
export function flagText(row: ViewRow, words: CliWords): string {
  if (row.flag === "needs") return words.needsExplanation;
  return row.flag === "explained" ? words.explained : "";
}
