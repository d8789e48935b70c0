import { spawnSync } from "node:child_process";
import { basename, join } from "node:path";
import { expect } from "vitest";

/**
 * Opens a workbook in LibreOffice and saves it again as .xlsx (headless), the way a controller's
 * colleague with LibreOffice hands a file back; answers the converted file's path. A private
 * profile in the test's folder, so a user's LibreOffice (or a running instance) is never touched.
 */
export function convertWithLibreOffice(file: string, folder: string): string {
  const outdir = join(folder, "converted");
  const convert = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(folder, "lo-profile")}`,
      "--headless",
      "--convert-to",
      "xlsx",
      "--outdir",
      outdir,
      file,
    ],
    { encoding: "utf8" },
  );
  expect(convert.status, convert.stderr).toBe(0);
  return join(outdir, basename(file).replace(/\.\w+$/, ".xlsx"));
}
