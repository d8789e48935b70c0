import type ExcelJS from "exceljs";
import type { NamedCell } from "../../shared/report/workbook-input";
import { CliFailure } from "../cli-failure";
import { loadExcelJs } from "../workbook/load-exceljs";
import { rawValueOf } from "./cell-value";

/** A loaded workbook seen through its defined names only (DESIGN.md: names find every field). */
export interface NamedWorkbook {
  names: string[];
  read: (name: string) => NamedCell | undefined;
}

/** Loads .xlsx bytes; anything exceljs cannot open is "not a workbook", never a crash. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  if (bytes.length === 0) throw new CliFailure({ code: "emptyFile" });
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs wants a Node Buffer; copying nothing, only viewing the same memory.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw new CliFailure({ code: "notWorkbook" });
  }
  return workbook;
}

/**
 * The workbook's defined names and a reader for them. A name whose range was deleted (`#REF!`) or
 * whose sheet is gone reads as absent, so the core reports it as a missing name.
 */
export function namedWorkbook(workbook: ExcelJS.Workbook): NamedWorkbook {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  const ranges = new Map(model.map((entry) => [entry.name, entry.ranges[0]]));
  return {
    names: [...ranges.keys()],
    read: (name) => {
      const range = ranges.get(name);
      return range === undefined ? undefined : readRange(workbook, range);
    },
  };
}

function readRange(workbook: ExcelJS.Workbook, range: string): NamedCell | undefined {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return undefined;
  const sheetName = range
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replaceAll("''", "'");
  // A name may cover a range; its field is the first cell.
  const address = (range.slice(bang + 1).split(":")[0] ?? "").replaceAll("$", "");
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet || !/^[A-Z]{1,3}\d+$/.test(address)) return undefined;
  return { value: rawValueOf(sheet.getCell(address).value), address: `${sheetName}!${address}` };
}
