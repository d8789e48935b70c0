import { describe, expect, it } from "vitest";
import type { WorkbookAdapter } from "../../../addin/adapter/workbook-adapter";
import { ExcelModel, type ExcelModelOptions } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import type { Issue } from "../../../shared/report/issue";
import { validate } from "../../../shared/report/validate";
import { templateBytes } from "../host/template-bytes";
import { modelAdapter } from "./model-adapter";

async function pass(adapter: WorkbookAdapter, lang: "nb" | "en" = "nb") {
  const snapshot = await adapter.read();
  const report = validate(snapshot.input, { templates: snapshot.templates, phase: "edit", year: 2024 });
  await adapter.writeMarks(report.issues, lang);
  return report;
}

async function type(model: ExcelModel, figures: Record<string, string>) {
  for (const [address, text] of Object.entries(figures)) {
    expect(await model.typeAsUser("Døgnplasser", address, text)).toEqual({ ok: true });
  }
}

/** A workbook whose templates the add-in itself created, on a host of Microsoft's tables. */
async function addinTemplates(options: ExcelModelOptions) {
  const model = newExcelModel(options);
  await modelAdapter(model).insertTemplates(["beds"], "983975267", 2024);
  return model;
}

/** The same workbook opened in another Excel (another host's requirement sets). */
function reopen(model: ExcelModel, options: ExcelModelOptions): ExcelModel {
  return new ExcelModel(model.host.state, options);
}

function comment(model: ExcelModel, address: string) {
  return model.host.state.sheets.find((sheet) => sheet.name === "Døgnplasser")?.cells.get(address)?.comment;
}

describe("Excel's undo stack (A4)", () => {
  it("a pass over templates the add-in made needs no unprotect, so it leaves undo alone on ExcelApi 1.20", async () => {
    const model = await addinTemplates({ host: "web" });
    const adapter = modelAdapter(model);
    model.host.undoClears.length = 0;
    await type(model, { C7: "50,3" });
    await pass(adapter);
    expect(model.cell("Døgnplasser", "C7").note).toMatch(/^HSØ/);
    expect(model.host.undoClears).toEqual([]);
    expect(model.sheets().find((sheet) => sheet.name === "Døgnplasser")?.protected).toBe(true);
  });

  it("a pass over the CLI's templates needs no unprotect either: undo kept on ExcelApi 1.20", async () => {
    const model = await loadExcelModel(await templateBytes(), { host: "web" });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    model.host.undoClears.length = 0;
    await pass(adapter);
    expect(model.cell("Døgnplasser", "C7")).toMatchObject({
      fill: "#FFC7CE",
      note: expect.stringMatching(/^HSØ/),
    });
    expect(model.host.undoClears).toEqual([]);
  });

  it("a pass whose marks are already there writes nothing: one sync, undo untouched even before 1.20", async () => {
    const model = await loadExcelModel(await templateBytes(), { excelApi: "1.18" });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3", C8: "53" });
    await pass(adapter);
    model.host.undoClears.length = 0;
    model.roundTrips = 0;
    // An edit that changes no mark: the same figure typed again.
    await type(model, { C8: "53" });
    await pass(adapter);
    expect(model.roundTrips).toBe(1);
    expect(model.host.undoClears).toEqual([]);
  });

  it("opens a template protected without format and object allowances once, and protects it with them", async () => {
    const model = await loadExcelModel(await templateBytes(["beds"]), { host: "web" });
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    model.host.undoClears.length = 0;
    await pass(adapter);
    expect(model.host.undoClears).toEqual(["WorksheetProtection.unprotect", "WorksheetProtection.protect"]);
    model.host.undoClears.length = 0;
    await type(model, { C7: "50" });
    await pass(adapter);
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
    expect(model.host.undoClears).toEqual([]);
  });

  it("language changes rewrite the texts in place", async () => {
    const model = await addinTemplates({ host: "web" });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    await pass(adapter, "nb");
    await pass(adapter, "en");
    expect(model.cell("Døgnplasser", "C7").note).toMatch(/^HSØ – error:/);
  });
});

describe("notes made on the web, opened in Office 2021 (A3)", () => {
  it("passes without the notes API: the note stays recorded and is removed back on the web", async () => {
    const web = await addinTemplates({ host: "web" });
    await type(web, { C7: "50,3" });
    await pass(modelAdapter(web));
    const office2021 = reopen(web, { host: "office2021" });
    await type(office2021, { C7: "50" });
    await expect(pass(modelAdapter(office2021))).resolves.toBeDefined();
    expect(office2021.cell("Døgnplasser", "C7").fill).toBe("#FFF2CC");
    expect(office2021.cell("Døgnplasser", "C7").note).toMatch(/^HSØ/);
    const again = reopen(web, { host: "web" });
    await pass(modelAdapter(again));
    expect(again.cell("Døgnplasser", "C7").note).toBeUndefined();
  });
});

describe("one annotation per cell, and what users wrote (A8)", () => {
  it("marks a cell holding the user's threaded comment by fill only, the comment untouched", async () => {
    const model = await addinTemplates({ host: "web" });
    await model.run(async (context) => {
      context.workbook.comments.add("Døgnplasser!C7", "Sjekk med klinikken");
      await context.sync();
    });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3", C8: "53,3" });
    await pass(adapter);
    expect(model.cell("Døgnplasser", "C7")).toMatchObject({
      fill: "#FFC7CE",
      comment: "Sjekk med klinikken",
    });
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
    expect(model.cell("Døgnplasser", "C8").note).toMatch(/^HSØ/);
    await type(model, { C7: "50", C8: "53" });
    model.roundTrips = 0;
    await pass(adapter);
    expect(model.roundTrips).toBe(2);
    expect(model.cell("Døgnplasser", "C7")).toMatchObject({ comment: "Sjekk med klinikken" });
    expect(model.cell("Døgnplasser", "C7").fill).not.toBe("#FFC7CE");
  });

  it("keeps its own thread across passes, so a user's reply survives a changed text and the fix", async () => {
    const model = await addinTemplates({ host: "office2021" });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    await pass(adapter);
    const first = { ...comment(model, "C7") };
    await model.run(async (context) => {
      context.workbook.comments.getItemByCell("Døgnplasser!C7").replies.add("Rettes i morgen");
      await context.sync();
    });
    await type(model, { C7: "50,7" });
    await pass(adapter);
    expect(comment(model, "C7")?.id).toBe(first?.id);
    expect(comment(model, "C7")?.content).not.toBe(first?.content);
    await type(model, { C7: "50" });
    await pass(adapter);
    expect(comment(model, "C7")).toMatchObject({ id: first?.id, resolved: true });
    expect(comment(model, "C7")?.replies?.map((reply) => reply.content)).toEqual(["Rettes i morgen"]);
    await type(model, { C7: "50,3" });
    await pass(adapter);
    expect(comment(model, "C7")).toMatchObject({ id: first?.id, resolved: false });
  });

  it("a user's note where the host has no notes API (Office 2021): that pass marks by fill, later ones cost two syncs", async () => {
    const model = await addinTemplates({ host: "office2021" });
    // A note typed in Excel's own interface: Office 2021's add-ins cannot see notes (ExcelApi 1.18).
    const sheet = model.host.state.sheets.find((candidate) => candidate.name === "Døgnplasser");
    const c7 = sheet?.cells.get("C7");
    if (c7) c7.note = "Min merknad";
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    await expect(pass(adapter)).resolves.toBeDefined();
    expect(model.cell("Døgnplasser", "C7")).toMatchObject({ fill: "#FFC7CE", note: "Min merknad" });
    await type(model, { C8: "53,3" });
    model.roundTrips = 0;
    await pass(adapter);
    expect(model.roundTrips).toBe(2);
    expect(model.cell("Døgnplasser", "C8").comment).toMatch(/^HSØ/);
    expect(model.cell("Døgnplasser", "C7").note).toBe("Min merknad");
  });

  it("edits the right thread when two cells' threads say the same", async () => {
    const model = await addinTemplates({ host: "office2021" });
    const adapter = modelAdapter(model);
    const issue = (cell: string, value: number): Issue => ({
      code: "not_half_step",
      severity: "error",
      field: "beds.phv_adult_hospital",
      cell: `Døgnplasser!${cell}`,
      params: { value },
      rule: "beds-half-step",
    });
    await adapter.read();
    // The same text on both cells, recorded in the other order than the cells lie in the sheet.
    await adapter.writeMarks([issue("C8", 50.3), issue("C7", 50.3)], "nb");
    const c8 = comment(model, "C8")?.content;
    await adapter.read();
    await adapter.writeMarks([issue("C8", 50.3), issue("C7", 50.7)], "nb");
    expect(comment(model, "C8")?.content).toBe(c8);
    expect(comment(model, "C7")?.content).toContain("50,7");
  });

  it("puts back a mark a coauthor deleted, though the issues did not change", async () => {
    const model = await addinTemplates({ host: "web" });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    await pass(adapter);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Døgnplasser").notes.getItem("C7").delete();
      await context.sync();
    });
    await pass(adapter);
    expect(model.cell("Døgnplasser", "C7").note).toMatch(/^HSØ/);
  });

  it("leaves a fill the user chose on a fixed cell alone", async () => {
    const model = await addinTemplates({ host: "web" });
    const adapter = modelAdapter(model);
    await type(model, { C7: "50,3" });
    await pass(adapter);
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Døgnplasser").getRange("C7").format.fill.color = "#00B050";
      await context.sync();
    });
    await type(model, { C7: "50" });
    await pass(adapter);
    expect(model.cell("Døgnplasser", "C7")).toMatchObject({ fill: "#00B050" });
    expect(model.cell("Døgnplasser", "C7").note).toBeUndefined();
  });
});
