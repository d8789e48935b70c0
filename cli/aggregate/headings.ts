import type { CliWords } from "../words/cli-words";
import type { AggregateView } from "./aggregate-view";
import type { ViewRow } from "./view-rows";

/** The column headings: unit, org. no., the years, then the change between the last two years and the flag. */
export function headings(view: AggregateView, words: CliWords): string[] {
  const years = view.table.years.map(String);
  const span = view.span ? [`${words.change} ${view.span.from}–${view.span.to}`, words.flagHeading] : [];
  return [words.unitHeading, words.orgHeading, ...years, ...span];
}

/** The flag's words, blank when there is nothing to say. */
export function flagText(row: ViewRow, words: CliWords): string {
  if (row.flag === "needs") return words.needsExplanation;
  return row.flag === "explained" ? words.explained : "";
}
