import ExcelJS from "exceljs";

/** A value to put under a defined name; a Date becomes a date cell. */
export type FillValue = number | string | Date | null | { error: string };

/** A complete, valid 2024 bed return for Sykehuset Telemark (the paper's 103 beds, down from 108). */
export const TELEMARK_2024_BEDS: Record<string, FillValue> = {
  "beds.count_date": new Date(Date.UTC(2024, 10, 15)),
  "beds.phv_adult_hospital": 40,
  "beds.phv_adult_dps": 63,
  "beds.phv_adult_total": 103,
  "beds.phbu_total": 20,
  "beds.tsb_total": 30,
  "beds.all_total": 153,
  "beds.temporarily_closed": 0,
  "beds.bought_from_other_units": 0,
  "beds.hospital_at_home_places": 0,
};

/**
 * Types values into a workbook's named cells as a controller would. Formula cells keep their
 * formula and get the value as their cached result, standing in for Excel's recalculation.
 */
export async function fillWorkbook(bytes: Buffer, values: Record<string, FillValue>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  for (const [name, value] of Object.entries(values)) {
    const cell = namedCell(workbook, name);
    const current = cell.value;
    if (current !== null && typeof current === "object" && "formula" in current) {
      cell.value = { formula: current.formula, result: value as number } as ExcelJS.CellValue;
    } else cell.value = value as ExcelJS.CellValue;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The cell a workbook-scoped defined name points at. */
export function namedCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const range = workbook.definedNames.getRanges(name).ranges[0];
  if (!range) throw new Error(`no defined name ${name}`);
  const bang = range.lastIndexOf("!");
  const sheet = workbook.getWorksheet(range.slice(0, bang).replace(/^'(.*)'$/, "$1"));
  if (!sheet) throw new Error(`no sheet for ${range}`);
  return sheet.getCell(range.slice(bang + 1).replaceAll("$", ""));
}
