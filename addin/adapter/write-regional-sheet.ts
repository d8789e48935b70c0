import type { RegionalSheetPlan } from "../../shared/aggregate/regional-sheet-plan";

/** What writing the regional sheet did: the sheet's name, or that one of that name is already there. */
export type RegionalSheetResult = { written: string } | { exists: string };

/**
 * Writes the regional sheet into the workbook in one batch: a new sheet (an existing one of that
 * name is left alone, never overwritten), every cell of the plan (formulas as formulas, so the sheet
 * can be checked by recalculating), and a native line chart of the units' figures over the years
 * (`worksheet.charts.add`, ExcelApi 1.1:
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1)).
 */
export async function writeRegionalSheet(
  context: Excel.RequestContext,
  plan: RegionalSheetPlan,
): Promise<RegionalSheetResult> {
  const existing = context.workbook.worksheets.getItemOrNullObject(plan.sheet);
  await context.sync();
  if (!existing.isNullObject) return { exists: plan.sheet };
  const sheet = context.workbook.worksheets.add(plan.sheet);
  for (const cell of plan.cells) {
    const range = sheet.getRange(cell.address);
    if (cell.formula !== undefined) range.formulas = [[cell.formula]];
    // Text is written as a value: Excel keeps it as text only because it does not start with "=".
    else if (cell.value !== undefined) range.values = [[textSafe(cell.value)]];
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.bold) range.format.font.bold = true;
  }
  const chart = sheet.charts.add("LineMarkers", sheet.getRange(plan.chartSource), "Rows");
  chart.title.text = plan.chartTitle;
  chart.setPosition(plan.chartPlace.from, plan.chartPlace.to);
  sheet.activate();
  await context.sync();
  return { written: plan.sheet };
}

/** Text that Excel would read as a formula (`= + - @`) gets an apostrophe, which Excel keeps as text. */
function textSafe(value: string | number): string | number {
  return typeof value === "string" && /^[=+\-@]/.test(value) ? `'${value}` : value;
}
