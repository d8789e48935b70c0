import { beforeEach, describe, expect, it, vi } from "vitest";
import type { WorkbookAdapter } from "../../../addin/adapter/workbook-adapter";
import { validateAndSave } from "../../../addin/commands/validate-and-save";
import type { ExcelModel } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { validate } from "../../../shared/report/validate";
import { templateBytes } from "../host/template-bytes";
import { modelAdapter } from "./model-adapter";

let model: ExcelModel;
let adapter: WorkbookAdapter;

async function pass(phase: "edit" | "export" = "edit") {
  const snapshot = await adapter.read();
  const report = validate(snapshot.input, { templates: snapshot.templates, phase, year: 2024 });
  await adapter.writeMarks(report.issues, "nb");
  return { snapshot, report };
}

async function typeFigures(figures: Record<string, string>) {
  for (const [address, text] of Object.entries(figures)) {
    const result = await model.typeAsUser("Døgnplasser", address, text);
    expect(result).toEqual({ ok: true });
  }
}

beforeEach(async () => {
  model = await loadExcelModel(await templateBytes());
  adapter = modelAdapter(model);
});

describe("read", () => {
  it("recognises both templates and reads every field by its defined name", async () => {
    await typeFigures({ C7: "50", C8: "53" });
    const snapshot = await adapter.read();
    expect(snapshot.templates).toEqual(["beds", "staffing"]);
    expect(snapshot.input.values["beds.unit_org"]).toBe("983975267");
    expect(snapshot.input.values["beds.year"]).toBe(2024);
    expect(snapshot.input.values["beds.phv_adult_hospital"]).toBe(50);
    expect(snapshot.input.values["beds.phv_adult_total"]).toBe(103);
    expect(snapshot.cells["beds.phv_adult_total"]).toBe("Døgnplasser!C9");
    expect(snapshot.cells["prev.beds.phv_adult_total"]).toBe("Døgnplasser!D9");
    // A trust's sheet has no cell for the RHF's private providers' beds; validation does not ask it.
    expect(snapshot.input.missingNames).toEqual([
      "beds.private_contracted_phv_adult",
      "prev.beds.private_contracted_phv_adult",
      "note.beds.private_contracted_phv_adult",
    ]);
  });

  it("reads a percent-formatted cell as the figure it shows: 6,5 % is 6.5, not 0.065", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Bemanning");
      sheet.protection.unprotect();
      sheet.getRange("C21").numberFormat = [["0.0 %"]];
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    expect(await model.typeAsUser("Bemanning", "C21", "6,5 %")).toEqual({ ok: true });
    expect(model.cell("Bemanning", "C21").value).toBeCloseTo(0.065);
    const snapshot = await adapter.read();
    expect(snapshot.input.values["staffing.sick_leave_pct"]).toBeCloseTo(6.5);
  });

  it("'6,5 %' typed into sick leave (format 0.0#) is 6.5: Excel stores 0.065 and makes the cell a percent cell", async () => {
    expect(model.cell("Bemanning", "C21").numberFormat).toBe("0.0#");
    expect(await model.typeAsUser("Bemanning", "C21", "6,5 %")).toEqual({ ok: true });
    expect(model.cell("Bemanning", "C21")).toMatchObject({ value: 0.065, numberFormat: "0.00%" });
    const { snapshot, report } = await pass();
    expect(snapshot.input.values["staffing.sick_leave_pct"]).toBe(6.5);
    expect(report.issues.filter((issue) => issue.field === "staffing.sick_leave_pct")).toEqual([]);
  });

  it("reports a name over several cells at its first cell instead of guessing", async () => {
    await model.run(async (context) => {
      context.workbook.names.getItem("beds.phv_adult_dps").formula = "=Døgnplasser!$C$8:$C$9";
      await context.sync();
    });
    const snapshot = await adapter.read();
    const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit", year: 2024 });
    const finding = report.issues.find((issue) => issue.code === "name_several_cells");
    expect(finding).toMatchObject({ field: "beds.phv_adult_dps", severity: "error" });
    await adapter.writeMarks(report.issues, "nb");
    expect(model.cell("Døgnplasser", "C8").note).toMatch(/^HSØ/);
  });

  it("reports a field's name that is a constant, not a cell, as such instead of reading it as empty", async () => {
    await model.run(async (context) => {
      context.workbook.names.getItem("beds.phv_adult_dps").formula = "=53";
      await context.sync();
    });
    const snapshot = await adapter.read();
    const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit", year: 2024 });
    expect(report.issues.find((issue) => issue.code === "name_not_a_cell")).toMatchObject({
      field: "beds.phv_adult_dps",
      params: { kind: "constant", refersTo: "53" },
    });
    expect(snapshot.input.missingNames).not.toContain("beds.phv_adult_dps");
  });

  it("reports a name whose sheet is gone as missing, and error cells as errors", async () => {
    await typeFigures({ C7: "=1/0" });
    await model.run(async (context) => {
      context.workbook.worksheets.add("Tom");
      context.workbook.worksheets.getItem("Bemanning").delete();
      await context.sync();
    });
    const snapshot = await adapter.read();
    expect(snapshot.input.values["beds.phv_adult_hospital"]).toEqual({ error: "#DIV/0!" });
    expect(snapshot.templates).toEqual(["beds", "staffing"]);
    expect(snapshot.input.missingNames).toContain("staffing.year");
  });
});

describe("a full validation pass", () => {
  it("costs two round trips when marks change, and only the read when they do not", async () => {
    await typeFigures({ C7: "50", C8: "53,3", C10: "7,3" });
    model.roundTrips = 0;
    const { report } = await pass();
    expect(report.issues.length).toBeGreaterThan(0);
    expect(model.roundTrips).toBe(2);
    model.roundTrips = 0;
    await pass();
    expect(model.roundTrips).toBe(1);
    await typeFigures({ C10: "7" });
    model.roundTrips = 0;
    await pass();
    expect(model.roundTrips).toBe(2);
  });

  it("marks invalid cells with a fill and a note, and takes them off when fixed, never touching values", async () => {
    await typeFigures({ C7: "50,3" });
    const valuesBefore = model.cell("Døgnplasser", "C7").value;
    await pass();
    const marked = model.cell("Døgnplasser", "C7");
    expect(marked.value).toBe(valuesBefore);
    expect(marked.fill).toBe("#FFC7CE");
    expect(marked.note).toMatch(/^HSØ – feil:/);
    await typeFigures({ C7: "50,5" });
    await pass();
    const fixed = model.cell("Døgnplasser", "C7");
    expect(fixed.fill).toBe("#FFF2CC");
    expect(fixed.note).toBeUndefined();
    expect(fixed.value).toBe(50.5);
    expect(model.sheets()[0]?.protected).toBe(true);
  });

  it("leaves the user's own note alone: that cell is marked by fill only, the others get notes", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.notes.add("C7", "Min egen merknad");
      sheet.protection.protect();
      await context.sync();
    });
    await typeFigures({ C7: "50,3", C8: "53,3" });
    await pass();
    expect(model.cell("Døgnplasser", "C7")).toMatchObject({ fill: "#FFC7CE", note: "Min egen merknad" });
    expect(model.cell("Døgnplasser", "C8").note).toMatch(/^HSØ – feil:/);
    await typeFigures({ C7: "50", C8: "53" });
    model.roundTrips = 0;
    await pass();
    expect(model.roundTrips).toBe(2);
    expect(model.cell("Døgnplasser", "C7").note).toBe("Min egen merknad");
    expect(model.cell("Døgnplasser", "C7").fill).not.toBe("#FFC7CE");
    expect(model.cell("Døgnplasser", "C8").note).toBeUndefined();
  });

  it("changes no value while marking: Excel reports no change at all", async () => {
    await typeFigures({ C7: "50,3", C8: "7,3" });
    const changes: string[] = [];
    await model.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        changes.push(event.address);
      });
      await context.sync();
    });
    await pass();
    await typeFigures({ C7: "50" });
    await pass();
    expect(changes).toEqual(["C7"]);
  });

  it("writes marks in the user's language and clears them on demand", async () => {
    await typeFigures({ C7: "50,3" });
    const snapshot = await adapter.read();
    const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit", year: 2024 });
    await adapter.writeMarks(report.issues, "en");
    expect(model.cell("Døgnplasser", "C7").note).toMatch(/^HSØ – error:/);
    await adapter.clearMarks();
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
    expect(model.cell("Døgnplasser", "C7").fill).toBe("#FFF2CC");
    expect(model.names()._hso_marks).toBeUndefined();
  });

  it("finds last session's marks through the hidden name and removes them", async () => {
    await typeFigures({ C7: "50,3" });
    await pass();
    const fresh = modelAdapter(model);
    await typeFigures({ C7: "50" });
    await fresh.read();
    await fresh.writeMarks([], "nb");
    expect(model.cell("Døgnplasser", "C7").fill).toBe("#FFF2CC");
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
  });

  it("finds its marks again after the sheet is renamed, and survives a deleted sheet", async () => {
    await typeFigures({ C7: "50,3" });
    await pass();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Døgnplasser").name = "Plasser 2024";
      await context.sync();
    });
    const fixed = await model.typeAsUser("Plasser 2024", "C7", "50");
    expect(fixed).toEqual({ ok: true });
    const { report } = await pass();
    expect(report.issues.filter((issue) => issue.field === "beds.phv_adult_hospital")).toEqual([]);
    expect(model.cell("Plasser 2024", "C7")).toMatchObject({ fill: "#FFF2CC" });
    expect(model.cell("Plasser 2024", "C7").note).toBeUndefined();
    await model.typeAsUser("Plasser 2024", "C7", "50,3");
    await pass();
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Plasser 2024").delete();
      await context.sync();
    });
    model.roundTrips = 0;
    await pass();
    expect(model.roundTrips).toBe(2);
  });

  it("drops a pass whose signal was aborted", async () => {
    await typeFigures({ C7: "50,3" });
    const snapshot = await adapter.read();
    const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit" });
    const controller = new AbortController();
    controller.abort();
    await adapter.writeMarks(report.issues, "nb", controller.signal);
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
    await expect(adapter.read(controller.signal)).rejects.toMatchObject({ name: "AbortError" });
  });
});

describe("degraded hosts", () => {
  it("uses comments where notes are missing (ExcelApi 1.10 to 1.17)", async () => {
    model = await loadExcelModel(await templateBytes(), { excelApi: "1.14" });
    adapter = modelAdapter(model);
    await typeFigures({ C7: "50,3" });
    await pass();
    expect(model.cell("Døgnplasser", "C7").comment).toMatch(/^HSØ/);
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
    await typeFigures({ C7: "50" });
    await pass();
    // Fixed: the thread is resolved, not deleted, so replies users wrote in it stay.
    expect(model.cell("Døgnplasser", "C7").comment).toMatch(/^HSØ – i orden/);
    expect(model.host.state.sheets[0]?.cells.get("C7")?.comment?.resolved).toBe(true);
    expect(model.cell("Døgnplasser", "C7").fill).toBe("#FFF2CC");
  });

  it("names only what the add-in uses among what a host lacks (it builds sheets cell by cell, never from a file)", async () => {
    model = await loadExcelModel(await templateBytes(), { host: "office2021" });
    const capabilities = modelAdapter(model).capabilities();
    expect(capabilities).toMatchObject({
      dataValidation: true,
      comments: true,
      notes: false,
      changeSource: true,
      save: true,
    });
    expect(capabilities).not.toHaveProperty("insertWorksheets");
  });

  it("says whether Excel can save from the add-in (workbook.save, ExcelApi 1.11)", async () => {
    for (const [excelApi, save] of [
      ["1.10", false],
      ["1.11", true],
    ] as const) {
      model = await loadExcelModel(await templateBytes(), { excelApi });
      expect(modelAdapter(model).capabilities().save).toBe(save);
    }
  });

  it("Validate & save where Excel cannot save (ExcelApi 1.10) validates without asking 'save anyway?' or failing", async () => {
    model = await loadExcelModel(await templateBytes(), { excelApi: "1.10" });
    adapter = modelAdapter(model);
    await typeFigures({ C7: "50,3" });
    const ask = vi.fn(async () => true);
    expect(await validateAndSave(adapter, ask)).toMatchObject({ saved: false });
    expect(ask).not.toHaveBeenCalled();
  });

  it("marks with fills only on Office 2019 (ExcelApi 1.7)", async () => {
    model = await loadExcelModel(await templateBytes(), { excelApi: "1.7" });
    adapter = modelAdapter(model);
    expect(adapter.capabilities()).toMatchObject({
      notes: false,
      comments: false,
      dataValidation: false,
      save: false,
    });
    await typeFigures({ C7: "50,3" });
    model.roundTrips = 0;
    await pass();
    expect(model.roundTrips).toBe(2);
    expect(model.cell("Døgnplasser", "C7").fill).toBe("#FFC7CE");
    expect(model.cell("Døgnplasser", "C7").comment).toBeUndefined();
  });
});

describe("with Office's globals", () => {
  it("finds Excel and Office on globalThis when given nothing, as in the task pane", async () => {
    const uninstall = model.installGlobals();
    try {
      const plain = (await import("../../../addin/adapter/office-adapter")).createOfficeAdapter();
      expect(plain.capabilities().notes).toBe(true);
      const snapshot = await plain.read();
      expect(snapshot.input.values["beds.year"]).toBe(2024);
    } finally {
      uninstall();
    }
  });
});
