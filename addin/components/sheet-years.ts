import { joinWords, type Lang } from "../../shared/messages/lang";
import { readNumber } from "../../shared/report/read-value";
import type { Report } from "../../shared/report/report";
import type { WorkbookSnapshot } from "../adapter/workbook-adapter";

/** One year the templates' year cells name, with every cell that names it (`Døgnplasser!C4`). */
export interface SheetYear {
  year: number;
  cells: string[];
}

/**
 * The years the templates' year cells hold, read as the workbook's identity is read (a whole number),
 * in the order of the templates. More than one means the sheets disagree: the status bar then names
 * them all with their cells instead of one sheet's year as the workbook's (adversary A11).
 */
export function sheetYears(snapshot: WorkbookSnapshot, report: Report): SheetYear[] {
  const years: SheetYear[] = [];
  for (const template of snapshot.templates) {
    const id = `${template}.year`;
    const reading = readNumber(report.values[id]);
    if (reading.state !== "number" || !Number.isInteger(reading.value)) continue;
    const cell = snapshot.cells[id] ?? id;
    const known = years.find((entry) => entry.year === reading.value);
    if (known) known.cells.push(cell);
    else years.push({ year: reading.value, cells: [cell] });
  }
  return years;
}

/** Disagreeing years as a sentence names them: "2024 (Døgnplasser!C4) og 2025 (Aktivitet!C4)". */
export function yearsInWords(years: readonly SheetYear[], lang: Lang): string {
  return joinWords(
    years.map(({ year, cells }) => `${year} (${cells.join(", ")})`),
    lang,
  );
}
