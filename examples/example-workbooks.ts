import ExcelJS from "exceljs";
import { writeTemplateWorkbook } from "../cli/workbook/write-template";
import type { SubmissionPackage } from "../shared/package/submission-package";
import { findField } from "../shared/templates/catalogue";
import { namedCell } from "./named-cell";

/** Telemark's 2025 return as a controller would type it: totals are the template's own formulas. */
const TELEMARK_2025: Record<string, number | string> = {
  "beds.count_date": "2025-11-19",
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.temporarily_closed": 0,
  "beds.bought_from_other_units": 2,
  "beds.hospital_at_home_places": 4,
  "staffing.senior_consultants_headcount": 61,
  "staffing.senior_consultants_fte": 58.4,
  "staffing.lis3_phbu_headcount": 8,
  "staffing.lis3_phbu_fte": 7.6,
  "staffing.lis3_phv_adult_headcount": 15,
  "staffing.lis3_phv_adult_fte": 14.2,
  "staffing.physicians_headcount": 121,
  "staffing.physicians_fte": 111.3,
  "staffing.psychologists_headcount": 92,
  "staffing.psychologists_fte": 86.1,
  "staffing.psychologist_specialists_headcount": 51,
  "staffing.psychologist_specialists_fte": 48.3,
  "staffing.nurses_mh_master_headcount": 12,
  "staffing.nurses_mh_master_fte": 11,
  "staffing.sick_leave_pct": 6.4,
};

/** Explanations the clean return gives for its changes from 2024. */
const TELEMARK_2025_NOTES: Record<string, string> = {
  "beds.phv_adult_total":
    "Ombyggingen er ferdig; plassene fra 2024 er tatt i bruk igjen (jf. fotnote i styresaken).",
};

/** The typical mistakes: text in a number cell, FTE above headcount, a date in another year, no explanation. */
const MISTAKES: Record<string, number | string> = {
  "beds.tsb_total": "20 plasser",
  "staffing.lis3_phbu_fte": 9.5,
  "beds.count_date": "2024-11-19",
};

/** A template workbook for Telemark 2025 filled in: cleanly, or with the typical mistakes. */
export async function telemarkWorkbook(previous: SubmissionPackage, withMistakes: boolean): Promise<Buffer> {
  const template = await writeTemplateWorkbook({
    templates: ["beds", "staffing"],
    unit: "983975267",
    year: 2025,
    previous,
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as never);
  const values = withMistakes ? { ...TELEMARK_2025, ...MISTAKES } : TELEMARK_2025;
  for (const [id, value] of Object.entries(values))
    namedCell(workbook, id).value = findField(id)?.kind === "date" ? new Date(`${value}T00:00:00Z`) : value;
  if (!withMistakes)
    for (const [id, text] of Object.entries(TELEMARK_2025_NOTES))
      namedCell(workbook, `note.${id}`).value = text;
  storeFormulaResults(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Excel stores each formula's last result in the file and the validator reads that result; exceljs
 * computes nothing, so the sums and differences of the templates are worked out here the way Excel
 * would, in dependency order (totals before the changes that use them).
 */
function storeFormulaResults(workbook: ExcelJS.Workbook): void {
  for (let pass = 0; pass < 3; pass++) {
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value as { formula?: string } | null;
          if (value && typeof value === "object" && typeof value.formula === "string") {
            const result = evaluate(sheet, value.formula);
            cell.value =
              result === undefined
                ? { formula: value.formula }
                : ({ formula: value.formula, result } as ExcelJS.CellFormulaValue);
          }
        }),
      ),
    );
  }
}

/** The templates' two formula shapes: a total `IF(COUNT(C7:C8)=0,"",SUM(C7:C8))` and a change `IF(OR(C9="",D9=""),"",C9-D9)`. */
function evaluate(sheet: ExcelJS.Worksheet, formula: string): number | string | undefined {
  const number = (address: string) => {
    const value = sheet.getCell(address).value as unknown;
    const result =
      typeof value === "object" && value !== null && "result" in value
        ? (value as { result: unknown }).result
        : value;
    return typeof result === "number" ? result : undefined;
  };
  const total = /^IF\(COUNT\(([A-Z]+)(\d+):[A-Z]+(\d+)\)=0,"",SUM\(.+\)\)$/.exec(formula);
  if (total) {
    const [column = "", from = "0", to = "0"] = total.slice(1);
    const parts: number[] = [];
    for (let row = Number(from); row <= Number(to); row++) {
      const part = number(`${column}${row}`);
      if (part !== undefined) parts.push(part);
    }
    return parts.length === 0 ? "" : Math.round(parts.reduce((a, b) => a + b, 0) * 100) / 100;
  }
  const change = /^IF\(OR\(([A-Z]+\d+)="",([A-Z]+\d+)=""\),"",[A-Z]+\d+-[A-Z]+\d+\)$/.exec(formula);
  if (change) {
    const [a, b] = [number(change[1] ?? ""), number(change[2] ?? "")];
    return a === undefined || b === undefined ? "" : Math.round((a - b) * 100) / 100;
  }
  return undefined;
}
