import { expect, test } from "vitest";
import type { ExcelRun } from "../addin/adapter/excel-run";
import { createOfficeAdapter } from "../addin/adapter/office-adapter";
import { loadExcelModel } from "../addin/host/load-excel-model";
import { writeTemplateWorkbook } from "../cli/workbook/write-template";
import { validate } from "../shared/report/validate";
import { recordResults } from "./record";

/**
 * Round trips of one full validation pass (read, validate, mark) on a large template workbook
 * (every template and field, broken figures so there are marks to write, and a bulky data sheet),
 * counted by the
 * in-memory Excel model. DESIGN.md's budget is 2, whatever the workbook's size.
 */
test("syncsPerValidation", async () => {
  const bytes = new Uint8Array(
    await writeTemplateWorkbook({ templates: ["beds", "staffing"], unit: "983975267", year: 2024 }),
  );
  const model = await loadExcelModel(bytes);
  for (const [address, text] of [
    ["C7", "50,3"],
    ["C8", "60"],
    ["C10", "7,3"],
  ] as const) {
    await model.typeAsUser("Døgnplasser", address, text);
  }
  // Bulk the workbook up (a data sheet of 20 000 cells): the pass reads through names, so size must not matter.
  await model.run(async (context) => {
    const rows = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    context.workbook.worksheets.add("Data").getRange("A1:J2000").values = rows;
    await context.sync();
  });
  const adapter = createOfficeAdapter({
    run: ((...args: [never, never]) => model.run(...args)) as ExcelRun,
    isSetSupported: (name, version) => model.isSetSupported(name, version),
  });
  const passes = 3;
  model.roundTrips = 0;
  let issues = 0;
  for (let i = 0; i < passes; i++) {
    const snapshot = await adapter.read();
    const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit" });
    await adapter.writeMarks(report.issues, "nb");
    issues = report.issues.length;
  }
  const syncsPerValidation = model.roundTrips / passes;
  recordResults({ syncsPerValidation });
  console.log(`syncsPerValidation ${syncsPerValidation} (${issues} issues marked per pass)`);
  expect(issues).toBeGreaterThan(0);
});
