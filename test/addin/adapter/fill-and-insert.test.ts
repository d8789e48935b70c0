import { beforeEach, describe, expect, it } from "vitest";
import type { ExcelRun } from "../../../addin/adapter/excel-run";
import { createOfficeAdapter } from "../../../addin/adapter/office-adapter";
import type { FillConflict, WorkbookAdapter } from "../../../addin/adapter/workbook-adapter";
import type { ExcelModel } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import { describeIssue } from "../../../shared/messages/describe";
import { buildPackage } from "../../../shared/package/build-package";
import { validate } from "../../../shared/report/validate";
import { templateBytes } from "../host/template-bytes";
import { modelAdapter } from "./model-adapter";

const LAST_YEAR = buildPackage({
  unit: { org: "983975267", name: "Sykehuset Telemark HF" },
  year: 2023,
  templates: { beds: "2025.1" },
  values: { "beds.phv_adult_hospital": 40, "beds.phv_adult_dps": 68, "beds.phv_adult_total": 108 },
});

let model: ExcelModel;
let adapter: WorkbookAdapter;

beforeEach(async () => {
  model = await loadExcelModel(await templateBytes(["beds"], "983975267", 2023));
  adapter = modelAdapter(model);
});

describe("fill from last year's package", () => {
  beforeEach(async () => {
    // The workbook of the year after the package's, as the pane fills it.
    model = await loadExcelModel(await templateBytes(["beds"], "983975267", 2024));
    adapter = modelAdapter(model);
  });

  it("writes last year's figures without asking when nothing is in the way (unit and year already say so)", async () => {
    const asked: FillConflict[][] = [];
    const result = await adapter.fillFromPackage(LAST_YEAR, async (conflicts) => {
      asked.push([...conflicts]);
      return false;
    });
    expect(asked).toEqual([]);
    expect(result).toMatchObject({ skipped: [], refused: [] });
    expect(model.cell("Døgnplasser", "D9").value).toBe(108);
    expect(model.cell("Døgnplasser", "D7").value).toBe(40);
    expect(model.cell("Døgnplasser", "C4").value).toBe(2024);
    expect(model.cell("Døgnplasser", "E9").value).toBe("");
  });

  it("refuses the whole fill when a year cell holds another year, naming the cell and both years", async () => {
    // Issue 8: the year was offered for overwriting like any figure, so "Overskriv" changed the year.
    model = await loadExcelModel(await templateBytes(["beds"], "983975267", 2023));
    adapter = modelAdapter(model);
    let asked = false;
    const result = await adapter.fillFromPackage(LAST_YEAR, async () => {
      asked = true;
      return true;
    });
    expect(asked).toBe(false);
    expect(result).toEqual({
      written: 0,
      skipped: [],
      refused: [{ name: "beds.year", cell: "Døgnplasser!C4", current: 2023, incoming: 2024 }],
    });
    expect(model.cell("Døgnplasser", "C4").value).toBe(2023);
    expect(model.cell("Døgnplasser", "D9").value).toBeNull();
  });

  it("refuses when a unit cell names another unit, even with a yes to every question", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.getRange("C3").values = [["983971709"]];
      await context.sync();
    });
    const result = await adapter.fillFromPackage(LAST_YEAR, async () => true);
    expect(result.refused).toEqual([
      { name: "beds.unit_org", cell: "Døgnplasser!C3", current: "983971709", incoming: "983975267" },
    ]);
    expect(model.cell("Døgnplasser", "C3").value).toBe("983971709");
    expect(model.cell("Døgnplasser", "D9").value).toBeNull();
  });

  it("a package of another year used anyway keeps the workbook's year, records the package's beside it, and the words name it (A4)", async () => {
    const from2020 = buildPackage({ ...LAST_YEAR, year: 2020 });
    const result = await adapter.fillFromPackage(from2020, async () => false, 2024);
    expect(result).toMatchObject({ skipped: [], refused: [] });
    expect(model.cell("Døgnplasser", "C4").value).toBe(2024);
    expect(model.cell("Døgnplasser", "D4").value).toBe(2020);
    expect(model.cell("Døgnplasser", "D6").value).toBe("Tall fra 2020 / Figures of 2020");
    expect(model.cell("Døgnplasser", "D9").value).toBe(108);
    await model.typeAsUser("Døgnplasser", "C7", "60");
    await model.typeAsUser("Døgnplasser", "C8", "43");
    const { input } = await adapter.read();
    const change = validate(input, { templates: ["beds"], phase: "edit" }).issues.find(
      (issue) => issue.code === "change_unexplained" && issue.field === "beds.phv_adult_total",
    );
    expect(change && describeIssue(change, "nb")).toMatch(/^Endring fra 108 i 2020 til 103/);
    expect(change && describeIssue(change, "en")).toMatch(/^The change from 108 in 2020 to 103/);
  });

  it("passes: last year's package records its year, the heading stays 'I fjor' and the words 'i fjor'", async () => {
    await adapter.fillFromPackage(LAST_YEAR, async () => false, 2024);
    expect(model.cell("Døgnplasser", "D4").value).toBe(2023);
    expect(model.cell("Døgnplasser", "D6").value).toBe("I fjor / Last year");
    await model.typeAsUser("Døgnplasser", "C7", "60");
    await model.typeAsUser("Døgnplasser", "C8", "43");
    const { input } = await adapter.read();
    const change = validate(input, { templates: ["beds"], phase: "edit" }).issues.find(
      (issue) => issue.code === "change_unexplained" && issue.field === "beds.phv_adult_total",
    );
    expect(change && describeIssue(change, "nb")).toMatch(/^Endring fra 108 i fjor til 103/);
  });

  it("a 'no' to overwriting last year's column's year leaves that column's empty cells alone too", async () => {
    await adapter.fillFromPackage(
      { ...LAST_YEAR, values: { "beds.phv_adult_total": 108 } },
      async () => false,
    );
    const from2020 = buildPackage({ ...LAST_YEAR, year: 2020 });
    const result = await adapter.fillFromPackage(from2020, async () => false, 2024);
    expect(result.skipped.map((conflict) => conflict.cell)).toContain("Døgnplasser!D4");
    expect(model.cell("Døgnplasser", "D4").value).toBe(2023);
    // D7 was empty: 2020's 40 beside a column recorded as 2023's would be a figure of the wrong year.
    expect(model.cell("Døgnplasser", "D7").value).toBeNull();
  });

  it("fills an empty identity cell", async () => {
    await model.typeAsUser("Døgnplasser", "C4", "");
    const result = await adapter.fillFromPackage(LAST_YEAR, async () => false);
    expect(result.refused).toEqual([]);
    expect(model.cell("Døgnplasser", "C4").value).toBe(2024);
  });

  it("overwrites only when the user says yes, and undo restores exactly what was there", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.getRange("D9").values = [[99]];
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const result = await adapter.fillFromPackage(LAST_YEAR, async () => true);
    expect(result.skipped).toEqual([]);
    expect(model.cell("Døgnplasser", "D9").value).toBe(108);
    await adapter.undoFill();
    expect(model.cell("Døgnplasser", "D9").value).toBe(99);
    expect(model.cell("Døgnplasser", "C4").value).toBe(2024);
    expect(model.cell("Døgnplasser", "D7").value).toBeNull();
    expect(model.cell("Døgnplasser", "C3").value).toBe("983975267");
    expect(model.sheets()[0]?.protected).toBe(true);
  });

  it("never overwrites without a yes", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.getRange("D9").values = [[99]];
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const result = await adapter.fillFromPackage(LAST_YEAR, async () => false);
    expect(result.skipped).toEqual([expect.objectContaining({ cell: "Døgnplasser!D9", incoming: 108 })]);
    expect(model.cell("Døgnplasser", "D9").value).toBe(99);
  });
});

describe("insert templates", () => {
  it("renders the shared plan into an empty workbook: names, formulas, validation, protection", async () => {
    const empty = newExcelModel();
    const result = await modelAdapter(empty).insertTemplates(["beds", "staffing"], "983975267", 2024);
    expect(result).toMatchObject({ sheets: ["Døgnplasser", expect.any(String)], missing: [], existing: [] });
    expect(empty.names()["beds.phv_adult_total"]).toBe("Døgnplasser!C9");
    expect(empty.names()["note.beds.phv_adult_total"]).toBe("Døgnplasser!F9");
    expect(empty.cell("Døgnplasser", "C3")).toMatchObject({
      value: "983975267",
      numberFormat: "@",
      locked: false,
    });
    expect(empty.cell("Døgnplasser", "C4").prompt).toContain("Året tallene gjelder");
    expect(empty.cell("Døgnplasser", "C9").formula).toBe('=IF(COUNT(C7:C8)=0,"",SUM(C7:C8))');
    expect(empty.sheets().every((sheet) => sheet.name === "Ark1" || sheet.protected)).toBe(true);
    expect(empty.roundTrips).toBe(2);
    expect(await empty.typeAsUser("Døgnplasser", "C4", "1999")).toMatchObject({ reason: "validation" });
    // An explanation has a max-only rule (LessThanOrEqualTo): text up to the limit is taken.
    const note = empty.host.state.sheets.find((sheet) => sheet.name === "Døgnplasser")?.cells.get("F9");
    expect(note?.validation).toMatchObject({ type: "textLength", operator: "LessThanOrEqualTo" });
    expect(await empty.typeAsUser("Døgnplasser", "F9", "Ombygging av post 3")).toEqual({ ok: true });
    const read = await modelAdapter(empty).read();
    expect(read.templates).toEqual(["beds", "staffing"]);
    expect(read.meta).toMatchObject({
      unit: "983975267",
      year: 2024,
      templates: { beds: expect.any(String) },
    });
  });

  it("inserts the same cells the CLI writes", async () => {
    const empty = newExcelModel();
    await modelAdapter(empty).insertTemplates(["beds"], "983975267", 2023);
    for (const address of ["A1", "B2", "C3", "C4", "C9", "D9", "E9", "F9", "G9", "A12"]) {
      const inserted = empty.cell("Døgnplasser", address);
      const written = model.cell("Døgnplasser", address);
      expect({
        address,
        value: inserted.value,
        formula: inserted.formula,
        fill: inserted.fill,
        locked: inserted.locked,
      }).toEqual({
        address,
        value: written.value,
        formula: written.formula,
        fill: written.fill,
        locked: written.locked,
      });
    }
  });

  it("still inserts on Office 2019 without data validation, and says so", async () => {
    const old = newExcelModel({ excelApi: "1.7" });
    const result = await modelAdapter(old).insertTemplates(["beds"], "983975267", 2024);
    expect(result.missing).toEqual(["dataValidation"]);
    expect(old.names()["beds.year"]).toBe("Døgnplasser!C4");
    expect(old.cell("Døgnplasser", "C4").prompt).toBeUndefined();
  });

  it("leaves a template alone when the workbook already has it", async () => {
    const result = await adapter.insertTemplates(["beds", "staffing"], "983975267", 2024);
    expect(result.existing).toEqual(["Døgnplasser"]);
    expect(result.sheets).toHaveLength(1);
    expect(model.cell("Døgnplasser", "C4").value).toBe(2023);
  });
});

describe("user changes", () => {
  it("hears the user and coauthors (their edits make the marks stale), not the add-in's own writes", async () => {
    let heard = 0;
    const stop = adapter.onUserChange(() => {
      heard += 1;
    });
    await adapter.read();
    await model.typeAsUser("Døgnplasser", "C7", "50");
    expect(heard).toBe(1);
    await model.typeAsCoauthor("Døgnplasser", "C8", "50");
    expect(heard).toBe(2);
    await adapter.fillFromPackage(LAST_YEAR, async () => true);
    await adapter.writeNotes({ "beds.phv_adult_total": "Ombygging" });
    expect(model.cell("Døgnplasser", "F9").value).toBe("Ombygging");
    expect(heard).toBe(2);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await model.typeAsUser("Døgnplasser", "C7", "51");
    expect(heard).toBe(2);
  });

  it("silences its own writes with enableEvents before ExcelApi 1.14, so an edit right after one is heard", async () => {
    model = await loadExcelModel(await templateBytes(["beds"]), { excelApi: "1.8" });
    // The grace Office.js hosts get by default: an edit within it used to be taken for the add-in's.
    adapter = createOfficeAdapter({
      run: ((...args: [never, never]) => model.run(...args)) as ExcelRun,
      isSetSupported: (name, version) => model.isSetSupported(name, version),
      ownWriteGraceMs: 500,
    });
    let heard = 0;
    adapter.onUserChange(() => {
      heard += 1;
    });
    await model.run(async (context) => context.sync());
    await adapter.writeNotes({ "beds.phv_adult_total": "=Ombygging" });
    expect(model.cell("Døgnplasser", "F9").value).toBe("=Ombygging");
    expect(heard).toBe(0);
    await model.typeAsUser("Døgnplasser", "C7", "50");
    expect(heard).toBe(1);
    expect(model.host.eventsEnabled).toBe(true);
  });

  it("ignores its own writes by timing on Office 2019 (ExcelApi 1.7: neither triggerSource nor enableEvents)", async () => {
    model = await loadExcelModel(await templateBytes(["beds"]), { host: "office2019" });
    adapter = modelAdapter(model);
    let heard = 0;
    adapter.onUserChange(() => {
      heard += 1;
    });
    await model.run(async (context) => context.sync());
    await adapter.writeNotes({ "beds.phv_adult_total": "Ombygging" });
    expect(heard).toBe(0);
    await model.typeAsUser("Døgnplasser", "C7", "50");
    expect(heard).toBe(1);
  });
});

describe("meta part and save", () => {
  it("writes the meta part, reads it back, and saves", async () => {
    await adapter.writeMeta({
      templates: { beds: "2025.1" },
      unit: "983975267",
      year: 2023,
      lastDigest: "sha256:ab",
    });
    await adapter.writeMeta({
      templates: { beds: "2025.1" },
      unit: "983975267",
      year: 2023,
      lastDigest: "sha256:cd",
    });
    expect(model.xmlParts()).toHaveLength(1);
    expect((await adapter.read()).meta).toEqual({
      templates: { beds: "2025.1" },
      unit: "983975267",
      year: 2023,
      lastDigest: "sha256:cd",
    });
    await adapter.save();
    expect(model.saves).toBe(1);
    expect(model.host.saveBehaviors).toEqual(["Save"]);
  });

  it("saves a workbook never saved with Excel's prompt (OfficeDev/office-js#3875), then as usual", async () => {
    const fresh = newExcelModel();
    const freshAdapter = modelAdapter(fresh);
    await freshAdapter.save();
    await freshAdapter.save();
    expect(fresh.host.saveBehaviors).toEqual(["Prompt", "Save"]);
  });

  it("reads and keeps one meta part where copies piled up (getOnlyItemOrNullObject is null for two)", async () => {
    const part = (year: number, templates: string) =>
      `<template xmlns="https://hso.no/reporting/template/1"><templates>${templates}</templates><unit>983975267</unit><year>${year}</year></template>`;
    const piled = await loadExcelModel(await templateBytes(), {
      customXml: [
        part(2023, '<t id="beds" version="2025.1"/>'),
        part(2024, '<t id="staffing" version="2025.1"/>'),
      ],
    });
    const piledAdapter = modelAdapter(piled);
    const snapshot = await piledAdapter.read();
    expect(snapshot.meta).toMatchObject({ year: 2024, templates: { beds: "2025.1", staffing: "2025.1" } });
    await piledAdapter.writeMeta({ templates: { beds: "2025.1" }, unit: "983975267", year: 2024 });
    expect(piled.xmlParts()).toHaveLength(1);
  });

  it("inserting a template into a workbook with piled-up meta parts leaves one", async () => {
    const empty = newExcelModel();
    await modelAdapter(empty).insertTemplates(["beds"], "983975267", 2024);
    await empty.run(async (context) => {
      context.workbook.customXmlParts.add(empty.xmlParts()[0]?.xml ?? "");
      await context.sync();
    });
    await modelAdapter(empty).insertTemplates(["staffing"], "983975267", 2024);
    expect(empty.xmlParts()).toHaveLength(1);
    expect(empty.xmlParts()[0]?.xml).toContain('id="beds"');
    expect(empty.xmlParts()[0]?.xml).toContain('id="staffing"');
  });

  it("selects a cell", async () => {
    await adapter.selectCell("Døgnplasser!C9");
    expect(model.selection).toBe("Døgnplasser!C9");
  });
});

describe("insert one template after another", () => {
  it("keeps both templates in the meta part", async () => {
    const empty = newExcelModel();
    const insert = modelAdapter(empty);
    await insert.insertTemplates(["beds"], "983975267", 2024);
    await insert.insertTemplates(["staffing"], "983975267", 2024);
    expect(empty.xmlParts()).toHaveLength(1);
    expect(Object.keys((await insert.read()).meta?.templates ?? {})).toEqual(["beds", "staffing"]);
  });
});
