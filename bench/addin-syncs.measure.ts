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
 * in-memory Excel model. The budget (scripts/bench.js) is 2, whatever the workbook's size; a pass after an edit
 * that changes no mark reads only (`syncsPerUnchangedPass`, budget 1), so Excel's undo stack is kept.
 */
test("syncsPerValidation and syncsPerUnchangedPass", async () => {
  const bytes = new Uint8Array(
    await writeTemplateWorkbook({ templates: ["beds", "staffing"], unit: "983975267", year: 2024 }),
  );
  const model = await loadExcelModel(bytes);
  for (const [address, text] of [
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
  const pass = async () => {
    const snapshot = await adapter.read();
    const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit" });
    await adapter.writeMarks(report.issues, "nb");
    return report.issues.length;
  };
  // Each full pass follows an edit that changes the marks (C7 alternates between two wrong figures).
  const passes = 3;
  model.roundTrips = 0;
  let issues = 0;
  for (let i = 0; i < passes; i++) {
    await model.typeAsUser("Døgnplasser", "C7", i % 2 === 0 ? "50,7" : "50,3");
    const before = model.roundTrips;
    issues = await pass();
    expect(model.roundTrips - before).toBe(2);
  }
  const syncsPerValidation = model.roundTrips / passes;
  // A pass after an edit that changes no mark (the same figure typed again): the read only.
  model.roundTrips = 0;
  await model.typeAsUser("Døgnplasser", "C8", "60");
  await pass();
  const syncsPerUnchangedPass = model.roundTrips;
  recordResults({ syncsPerValidation, syncsPerUnchangedPass });
  console.log(
    `syncsPerValidation ${syncsPerValidation}, syncsPerUnchangedPass ${syncsPerUnchangedPass} (${issues} issues marked per pass)`,
  );
  expect(issues).toBeGreaterThan(0);
});
