import { choiceTable } from "../../shared/aggregate/choice-table";
import type { PackageFile, Refusal } from "../../shared/aggregate/screen-packages";
import { findField } from "../../shared/templates/catalogue";
import { printableText } from "../../shared/text/printable-text";
import type { CliContext } from "../cli-context";
import { aggregateJson } from "./aggregate-json";
import { aggregateWords } from "./aggregate-words";
import { choiceGrid } from "./choice-grid";
import { choiceCsv, choiceText } from "./choice-outputs";
import { writeOutput } from "./write-output";

/** What `aggregate` needs for a status field: the packages read, the unreadable files, the options. */
export interface ChoiceAggregate {
  packages: PackageFile[];
  unreadable: Refusal[];
  field: string;
  out?: string;
  json: boolean;
}

/**
 * `aggregate --field plan_status.<measure>`: each unit's status per year in words, and per year how
 * many gave each status (never a sum). Returns the refusals, which the command lists as for figures.
 */
export async function choiceAggregate(options: ChoiceAggregate, context: CliContext): Promise<Refusal[]> {
  const table = choiceTable(options.packages, options.field);
  table.refused.unshift(...options.unreadable);
  const grid = choiceGrid(table, context.words, context.lang);
  if (options.out !== undefined) {
    const label = findField(options.field)?.label[context.lang] ?? options.field;
    const title = printableText(`${label} (${options.field})`);
    await writeOutput(
      options.out,
      /\.csv$/i.test(options.out) ? choiceCsv(grid) : await writeXlsx(grid, title, context),
    );
  }
  const own = aggregateWords(context.lang);
  context.io.out(options.json ? JSON.stringify(aggregateJson(table, own), null, 2) : choiceText(grid));
  return table.refused;
}

/** exceljs only when a workbook is asked for, as for figures. */
async function writeXlsx(grid: ReturnType<typeof choiceGrid>, title: string, context: CliContext) {
  const { choiceXlsx } = await import("./choice-xlsx");
  return choiceXlsx(grid, title, context);
}
