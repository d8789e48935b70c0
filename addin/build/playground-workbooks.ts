import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";

/** The playground's example: the templates the CLI writes for Sykehuset Telemark, 2025. */
export const EXAMPLE_WORKBOOK = { templates: ["beds", "staffing"] as const, unit: "983975267", year: 2025 };

/** `empty.xlsx`: one blank sheet, for trying "create templates" (written with the add-in's pages). */
export async function writeEmptyWorkbook(outDir: string): Promise<void> {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Ark1");
  writeFileSync(resolve(outDir, "empty.xlsx"), Buffer.from(await empty.xlsx.writeBuffer()));
}

/**
 * `example.xlsx`, written after the whole build by the built CLI (`hso-report template`), so the
 * playground shows exactly what a controller receives and the config never loads product code.
 * Answers the CLI's own message when it could not: the playground still opens with the empty workbook.
 */
export function writeExampleWorkbook(root: string, outDir: string): string | undefined {
  const run = spawnSync(
    process.execPath,
    [
      resolve(root, "bin/hso-report.js"),
      "template",
      ...EXAMPLE_WORKBOOK.templates,
      "--unit",
      EXAMPLE_WORKBOOK.unit,
      "--year",
      String(EXAMPLE_WORKBOOK.year),
      "--out",
      resolve(outDir, "example.xlsx"),
    ],
    { encoding: "utf8" },
  );
  return run.status === 0 ? undefined : `${run.stdout}${run.stderr}`.trim();
}
