import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";

/** The playground's example: the templates the CLI writes for Sykehuset Telemark, 2025. */
export const EXAMPLE_WORKBOOK = { templates: ["beds", "staffing"] as const, unit: "983975267", year: 2025 };

/**
 * Writes `example.xlsx` (templates made by the CLI's own writer, so the playground shows exactly what
 * a controller receives) and `empty.xlsx` (one blank sheet, for trying "create templates").
 */
export async function writePlaygroundWorkbooks(outDir: string, warn: (message: string) => void) {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Ark1");
  writeFileSync(resolve(outDir, "empty.xlsx"), Buffer.from(await empty.xlsx.writeBuffer()));
  try {
    const { writeTemplateWorkbook } = await import("../../cli/workbook/write-template");
    const bytes = await writeTemplateWorkbook({
      ...EXAMPLE_WORKBOOK,
      templates: [...EXAMPLE_WORKBOOK.templates],
    });
    writeFileSync(resolve(outDir, "example.xlsx"), bytes);
  } catch (error) {
    // The playground still opens with the empty workbook; the build of everything else goes on.
    warn(`example.xlsx ble ikke skrevet / was not written: ${String(error)}`);
  }
}
