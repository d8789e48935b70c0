import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { runCli } from "./cli-harness";
import { type FillValue, fillWorkbook, TELEMARK_2024_BEDS } from "./fill-workbook";

/** The paper's Telemark 2023 package (108 beds), from the lead's examples. */
export const TELEMARK_2023 = "examples/packages/telemark-2023.hso.json";

/** Writes Telemark's 2024 bed template with the CLI (last year from the 2023 package) and fills it. */
export async function makeBedsWorkbook(
  folder: string,
  name: string,
  overrides: Record<string, FillValue> = {},
): Promise<string> {
  // The blank template goes in a dot-folder, which folder walks skip.
  mkdirSync(join(folder, ".templates"), { recursive: true });
  const template = join(folder, ".templates", name);
  const made = await runCli([
    "template",
    "beds",
    "--unit",
    "983975267",
    "--year",
    "2024",
    "--previous",
    TELEMARK_2023,
    "--out",
    template,
  ]);
  expect(made.code, made.stderr).toBe(0);
  const filled = await fillWorkbook(readFileSync(template), { ...TELEMARK_2024_BEDS, ...overrides });
  const file = join(folder, name);
  writeFileSync(file, filled);
  return file;
}
