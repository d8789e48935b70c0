/**
 * The Excel model's conformance list: each behaviour the model copies from Excel, with the
 * Microsoft page it follows. Where Microsoft documents that Excel throws, the model throws; what the
 * pages leave open is listed in addin/host/README.md as a modelling choice, not here.
 */
import { describe, expect, it } from "vitest";
import { ExcelModel, type ExcelModelOptions } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import { templateBytes } from "./template-bytes";

const DOCS = "https://learn.microsoft.com/javascript/api";
const ADDINS = "https://learn.microsoft.com/office/dev/add-ins";

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

/** A sheet "Ark1" on a modelled host, unprotected, for one batch. */
async function inBatch(batch: Batch, options: ExcelModelOptions = {}) {
  const model = newExcelModel(options);
  await model.run(async (context) => {
    await batch(context);
    await context.sync();
  });
  return model;
}

const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Ark1");

describe(`load and sync — ${ADDINS}/develop/application-specific-api-model`, () => {
  it("a property is unreadable before load() and sync(), readable after", async () => {
    await inBatch(async (context) => {
      const range = sheet(context).getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[""]]);
    });
  });

  it("an *OrNullObject call gives isNullObject after the sync instead of throwing", async () => {
    await inBatch(async (context) => {
      const missing = context.workbook.names.getItemOrNullObject("nothing");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.names.getItem("nothing");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });
});

describe(`CommentCollection.add — ${DOCS}/excel/excel.commentcollection`, () => {
  it("a string address without the sheet name is InvalidArgument, on a worksheet's collection too", async () => {
    await expect(inBatch(async (context) => sheet(context).comments.add("C7", "x"))).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    const model = await inBatch(async (context) => sheet(context).comments.add("Ark1!C7", "x"));
    expect(model.cell("Ark1", "C7").comment).toBe("x");
  });

  it("a range larger than one cell is InvalidArgument; a Range of one cell is taken", async () => {
    await expect(
      inBatch(async (context) => context.workbook.comments.add(sheet(context).getRange("A1:B2"), "x")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    const model = await inBatch(async (context) =>
      context.workbook.comments.add(sheet(context).getRange("B2"), "x"),
    );
    expect(model.cell("Ark1", "B2").comment).toBe("x");
  });
});

describe(`NoteCollection.add — ${DOCS}/excel/excel.notecollection`, () => {
  it("several cells are InvalidArgument", async () => {
    await expect(
      inBatch(async (context) => context.workbook.notes.add(sheet(context).getRange("A1:A2"), "x")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("one annotation per cell — https://support.microsoft.com/office/the-difference-between-threaded-comments-and-notes-75a51eec-4092-42ab-abf8-7669077b7be3", () => {
  it("a cell with a threaded comment takes no note, and a cell with a note no comment", async () => {
    await expect(
      inBatch(async (context) => {
        context.workbook.comments.add("Ark1!C7", "tråd");
        context.workbook.notes.add(sheet(context).getRange("C7"), "notat");
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      inBatch(async (context) => {
        context.workbook.notes.add(sheet(context).getRange("C7"), "notat");
        context.workbook.comments.add("Ark1!C7", "tråd");
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});

describe(`requirement sets — ${ADDINS}/develop/office-versions-and-requirement-sets`, () => {
  it.each([
    ["notes (ExcelApi 1.18) in Office 2021", "office2021", (c: Excel.RequestContext) => c.workbook.notes],
    [
      "comments (ExcelApi 1.10) in Office 2019",
      "office2019",
      (c: Excel.RequestContext) => c.workbook.comments,
    ],
    [
      "data validation (ExcelApi 1.8) in Office 2019",
      "office2019",
      (c: Excel.RequestContext) => sheet(c).getRange("A1").dataValidation,
    ],
    [
      "enableEvents (ExcelApi 1.8) in Office 2019",
      "office2019",
      (c: Excel.RequestContext) => c.runtime.enableEvents,
    ],
    [
      "workbook.save (ExcelApi 1.11) in Office 2019",
      "office2019",
      (c: Excel.RequestContext) => c.workbook.save(),
    ],
    [
      "worksheets.onChanged (ExcelApi 1.9) in Office 2019",
      "office2019",
      (c: Excel.RequestContext) => c.workbook.worksheets.onChanged,
    ],
  ] as const)("%s is ApiNotFound", async (_, host, use) => {
    await expect(inBatch(async (context) => use(context), { host })).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  it(`ExcelApi per host as the table gives it — ${DOCS}/requirement-sets/excel/excel-api-requirement-sets`, () => {
    const level = (host: ExcelModelOptions["host"]) => newExcelModel({ host }).api.excelApi;
    expect([level("web"), level("office2024"), level("office2021"), level("office2019")]).toEqual([
      "1.20",
      "1.17",
      "1.14",
      "1.7",
    ]);
  });

  it("an ExcelApi level alone is the host that has it: 1.18 a Microsoft 365 build, 1.14 Office 2021", () => {
    expect(newExcelModel({ excelApi: "1.18" }).isSetSupported("DialogOrigin", "1.1")).toBe(true);
    expect(newExcelModel({ excelApi: "1.14" }).isSetSupported("SharedRuntime", "1.2")).toBe(false);
    expect(newExcelModel({ excelApi: "1.7" }).isSetSupported("SharedRuntime", "1.1")).toBe(false);
  });

  it(`SharedRuntime 1.2 on the web, Microsoft 365 and Excel 2024 only — ${DOCS}/requirement-sets/common/shared-runtime-requirement-sets`, () => {
    const has = (host: ExcelModelOptions["host"], version: string) =>
      newExcelModel({ host }).isSetSupported("SharedRuntime", version);
    expect([
      has("web", "1.2"),
      has("windows365", "1.2"),
      has("mac365", "1.2"),
      has("office2024", "1.2"),
    ]).toEqual([true, true, true, true]);
    expect([has("office2021", "1.2"), has("office2021", "1.1"), has("office2019", "1.1")]).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe(`WorksheetProtection — ${DOCS}/excel/excel.worksheetprotection`, () => {
  it("protect() fails if the worksheet has already been protected", async () => {
    await expect(
      inBatch(async (context) => {
        sheet(context).protection.protect();
        sheet(context).protection.protect();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it(`a protected sheet refuses locked cells, formats without allowFormatCells, notes without allowEditObjects — ${DOCS}/excel/excel.worksheetprotectionoptions`, async () => {
    const refused = (options: Excel.WorksheetProtectionOptions, batch: Batch) =>
      inBatch(async (context) => {
        sheet(context).protection.protect(options);
        await batch(context);
      });
    await expect(refused({}, async (c) => (sheet(c).getRange("A1").values = [[1]]))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(
      refused({}, async (c) => (sheet(c).getRange("A1").format.fill.color = "#FF0000")),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await expect(
      refused({}, async (c) => c.workbook.notes.add(sheet(c).getRange("A1"), "x")),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    const allowed = await refused({ allowFormatCells: true, allowEditObjects: true }, async (c) => {
      sheet(c).getRange("A1").format.fill.color = "#FF0000";
      c.workbook.notes.add(sheet(c).getRange("A1"), "x");
    });
    expect(allowed.cell("Ark1", "A1")).toMatchObject({ fill: "#FF0000", note: "x" });
  });
});

describe(`DataValidationOperator, spelled as Office.js spells it — ${DOCS}/excel/excel.datavalidationoperator`, () => {
  const withRule = async (rule: Excel.DataValidationRule) => {
    const model = await inBatch(async (context) => {
      const range = sheet(context).getRange("A1");
      range.dataValidation.rule = rule;
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Nei", message: "Nei" };
    });
    return (text: string) => model.typeAsUser("Ark1", "A1", text).then((result) => result.ok);
  };

  it("a max-only rule (LessThanOrEqualTo) takes what is below the max and refuses what is above", async () => {
    const type = await withRule({ decimal: { operator: "LessThanOrEqualTo", formula1: 100 } });
    expect([await type("12"), await type("100"), await type("100,5")]).toEqual([true, true, false]);
  });

  it.each([
    ["GreaterThan", "5", [false, true]],
    ["LessThan", "5", [true, false]],
    ["EqualTo", "5", [false, false]],
    ["NotEqualTo", "5", [true, true]],
  ] as const)("%s %s", async (operator, bound, expected) => {
    const type = await withRule({ decimal: { operator, formula1: Number(bound) } });
    expect([await type("4"), await type("6")]).toEqual(expected);
  });

  it("an operator Office.js does not name is refused", async () => {
    await expect(
      withRule({ decimal: { operator: "LessThanOrEqual" as Excel.DataValidationOperator, formula1: 1 } }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("Automatic percent entry — https://learn.microsoft.com/office/vba/api/excel.application.autopercententry", () => {
  it("a number typed into a percent-formatted cell is a percentage: 6,5 is stored as 0.065", async () => {
    const model = await inBatch(async (context) => {
      sheet(context).getRange("A1").numberFormat = [["0.0%"]];
    });
    expect(await model.typeAsUser("Ark1", "A1", "6,5")).toEqual({ ok: true });
    expect(model.cell("Ark1", "A1")).toMatchObject({ value: 0.065, numberFormat: "0.0%" });
  });
});

describe(`ListDataValidation, spelled as Office.js spells it — ${DOCS}/excel/excel.listdatavalidation`, () => {
  const withList = async (list: Excel.ListDataValidation) => {
    const model = await inBatch(async (context) => {
      const range = sheet(context).getRange("A1");
      range.dataValidation.rule = { list };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "Nei", message: "Nei" };
    });
    return { model, type: (text: string) => model.typeAsUser("Ark1", "A1", text).then((r) => r.ok) };
  };

  it("a comma-separated source: one of its choices is taken, anything else refused; the rule reads back", async () => {
    const { model, type } = await withList({
      inCellDropDown: true,
      source: "ikke startet,under arbeid,på plass",
    });
    expect([await type("under arbeid"), await type("ferdig"), await type("under")]).toEqual([
      true,
      false,
      false,
    ]);
    await model.run(async (context) => {
      const validation = sheet(context).getRange("A1").dataValidation.load("rule");
      await context.sync();
      expect(validation.rule).toEqual({
        list: { inCellDropDown: true, source: "ikke startet,under arbeid,på plass" },
      });
    });
  });

  it("another spelling of its keys, or no source, is refused", async () => {
    const misspelled = { inCellDropdown: true, source: "a,b" } as unknown as Excel.ListDataValidation;
    await expect(withList(misspelled)).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(withList({ inCellDropDown: true, source: "" })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });

  it("a list rule in a file (quoted choices, as the CLI writes it) guards typing the same way", async () => {
    const model = await loadExcelModel(await templateBytes(["plan_status"], "983975267", 2025));
    expect(await model.typeAsUser("Tiltak", "C8", "på plass")).toEqual({ ok: true });
    expect(await model.typeAsUser("Tiltak", "C8", "ferdig")).toMatchObject({
      ok: false,
      reason: "validation",
    });
  });
});

describe(`CustomXmlPartScopedCollection.getOnlyItemOrNullObject — ${DOCS}/excel/excel.customxmlpartscopedcollection`, () => {
  it("is a null object when the namespace holds two parts", async () => {
    const xml = '<a xmlns="urn:x"/>';
    await inBatch(async (context) => {
      context.workbook.customXmlParts.add(xml);
      context.workbook.customXmlParts.add(xml);
      await context.sync();
      const only = context.workbook.customXmlParts.getByNamespace("urn:x").getOnlyItemOrNullObject();
      await context.sync();
      expect(only.isNullObject).toBe(true);
    });
  });
});

describe(`the undo stack — ${ADDINS}/excel/excel-add-ins-undo-capabilities`, () => {
  it("protect and unprotect clear it on every host; values and formats keep it from ExcelApi 1.20", async () => {
    const model = await inBatch(async (context) => {
      sheet(context).getRange("A1").values = [[1]];
      sheet(context).getRange("A1").format.fill.color = "#FF0000";
      sheet(context).protection.protect();
      sheet(context).protection.unprotect();
    });
    expect(model.host.undoClears).toEqual(["WorksheetProtection.protect", "WorksheetProtection.unprotect"]);
  });

  it("before ExcelApi 1.20 every write clears it; reading never does", async () => {
    const model = await inBatch(
      async (context) => {
        sheet(context).getRange("A1").load("values");
        await context.sync();
        sheet(context).getRange("A1").values = [[1]];
      },
      { excelApi: "1.18" },
    );
    expect(model.host.undoClears).toEqual(["Range.write"]);
  });

  it("writing a custom XML part clears it", async () => {
    const model = await inBatch(async (context) => context.workbook.customXmlParts.add('<a xmlns="urn:x"/>'));
    expect(model.host.undoClears).toEqual(["CustomXmlPartCollection.add"]);
  });
});

describe(`events — ${ADDINS}/excel/excel-add-ins-events`, () => {
  it("an add-in's write carries triggerSource ThisLocalAddin from ExcelApi 1.14; enableEvents false silences it", async () => {
    const model = await loadExcelModel(await templateBytes(["beds"]), { host: "web" });
    const heard: string[] = [];
    await model.run(async (context) => {
      context.workbook.worksheets.onChanged.add(
        async (event) => void heard.push(String(event.triggerSource)),
      );
      await context.sync();
      context.workbook.worksheets.getItem("Døgnplasser").getRange("C7").values = [[50]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Døgnplasser").getRange("C7").values = [[51]];
      context.runtime.enableEvents = true;
      await context.sync();
    });
    await model.typeAsUser("Døgnplasser", "C7", "52");
    expect(heard).toEqual(["ThisLocalAddin", "Unknown"]);
  });
});

describe(`Workbook.save — ${DOCS}/excel/excel.savebehavior, https://github.com/OfficeDev/office-js/issues/3875`, () => {
  it("takes Save or Prompt only, and records which", async () => {
    const model = await inBatch(async (context) => context.workbook.save("Prompt" as Excel.SaveBehavior));
    expect(model.host.saveBehaviors).toEqual(["Prompt"]);
    await expect(
      inBatch(async (context) => context.workbook.save("Later" as Excel.SaveBehavior)),
    ).rejects.toMatchObject({
      code: "InvalidArgument",
    });
  });
});

it("the same workbook can be opened on another host", () => {
  const web = newExcelModel({ host: "web" });
  const office2021 = new ExcelModel(web.host.state, { host: "office2021" });
  expect(office2021.sheets()).toEqual(web.sheets());
});
