import { beforeEach, describe, expect, it } from "vitest";
import type { ExcelModel } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import { templateBytes } from "./template-bytes";

let model: ExcelModel;
beforeEach(async () => {
  model = await loadExcelModel(await templateBytes(["beds"]));
});

const NS = "https://example.org/test";

describe("custom XML parts", () => {
  it("adds, finds by namespace, reads, replaces and deletes", async () => {
    await model.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      const added = parts.add(`<root xmlns="${NS}"><a>1</a></root>`);
      added.load("id, namespaceUri");
      const only = parts.getByNamespace(NS).getOnlyItemOrNullObject();
      const xml = only.getXml();
      await context.sync();
      expect(added.namespaceUri).toBe(NS);
      expect(xml.value).toContain("<a>1</a>");
      only.setXml(`<root xmlns="${NS}"><a>2</a></root>`);
      await context.sync();
      expect(model.xmlParts()[0]?.xml).toContain("<a>2</a>");
      only.delete();
      const none = parts.getByNamespace(NS).getOnlyItemOrNullObject();
      await context.sync();
      expect(none.isNullObject).toBe(true);
    });
    expect(model.xmlParts()).toEqual([]);
  });

  it("is missing below ExcelApi 1.5", async () => {
    const old = newExcelModel({ excelApi: "1.4" });
    await old.run(async (context) => {
      expect(() => context.workbook.customXmlParts).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

describe("notes and comments", () => {
  it("adds, reads and deletes a note; a cell holds only one", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.notes.add("C7", "Første");
      await context.sync();
      const note = sheet.notes.getItem("C7").load("content");
      await context.sync();
      expect(note.content).toBe("Første");
      sheet.notes.add("C7", "Andre");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    });
    expect(model.cell("Døgnplasser", "C7").note).toBe("Første");
  });

  it("refuses notes on a protected sheet that does not allow editing objects", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.protection.protect({ allowEditObjects: false });
      await context.sync();
    });
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Døgnplasser").notes.add("C7", "x");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("reads a file's sheet protection as Excel does: objects stay editable unless the file locks them", async () => {
    await model.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Døgnplasser").protection.load("options");
      await context.sync();
      expect(protection.options).toMatchObject({ allowEditObjects: true, allowFormatColumns: true });
    });
  });

  it("adds comments with ids, finds them by cell and deletes them", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      const comment = context.workbook.comments.add("Døgnplasser!C8", "Sjekk").load("id");
      await context.sync();
      const found = context.workbook.comments.getItemByCell("Døgnplasser!C8").load("id, content");
      await context.sync();
      expect(found.id).toBe(comment.id);
      expect(found.content).toBe("Sjekk");
      context.workbook.comments.getItem(comment.id).delete();
      await context.sync();
    });
    expect(model.cell("Døgnplasser", "C8").comment).toBeUndefined();
  });
});

describe("defined names", () => {
  it("adds a name for a range and for a constant, refuses a duplicate, and lists them", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      context.workbook.names.add("test.cell", sheet.getRange("G20"));
      const constant = context.workbook.names.add("_hidden", '="a|b"&"c"');
      constant.visible = false;
      constant.load("type, value, visible");
      const list = context.workbook.names.load("items/name");
      await context.sync();
      expect(constant.value).toBe("a|bc");
      expect(constant.type).toBe("String");
      expect(constant.visible).toBe(false);
      expect(list.items.map((item) => item.name)).toContain("test.cell");
      context.workbook.names.add("test.cell", sheet.getRange("G21"));
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
    });
    expect(model.names()["test.cell"]).toBe("Døgnplasser!G20");
  });

  it("turns names into #REF! when their sheet is deleted", async () => {
    await model.run(async (context) => {
      context.workbook.worksheets.add("Annet");
      context.workbook.worksheets.getItem("Døgnplasser").delete();
      const item = context.workbook.names.getItem("beds.year").load("type, value");
      const range = context.workbook.names.getItem("beds.year").getRangeOrNullObject();
      await context.sync();
      expect(item.type).toBe("Error");
      expect(item.value).toBe("#REF!");
      expect(range.isNullObject).toBe(true);
      context.workbook.names.getItem("beds.year").getRange().load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidReference" });
    });
  });
});

describe("sheets and ranges", () => {
  it("inserts the sheets of another .xlsx, renaming a clash and bringing its names", async () => {
    const staffing = Buffer.from(await templateBytes(["staffing"])).toString("base64");
    const beds = Buffer.from(await templateBytes(["beds"])).toString("base64");
    await model.run(async (context) => {
      const first = context.workbook.insertWorksheetsFromBase64(staffing);
      const second = context.workbook.insertWorksheetsFromBase64(beds);
      await context.sync();
      expect(first.value).toHaveLength(1);
      expect(second.value).toEqual(["Døgnplasser (2)"]);
    });
    expect(model.names()["staffing.year"]).toMatch(/!C\d+$/);
    expect(model.names()["beds.year"]).toBe("Døgnplasser!C4");
  });

  it("refuses writes to locked cells of a protected sheet, and allows them to unlocked ones", async () => {
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Døgnplasser").getRange("A7").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    await model.run(async (context) => {
      context.workbook.worksheets.getItem("Døgnplasser").getRange("C7").values = [["12.5"]];
      await context.sync();
    });
    expect(model.cell("Døgnplasser", "C7").value).toBe(12.5);
  });

  it("colours many areas at once with getRanges (ExcelApi 1.9) and navigates with getCell", async () => {
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Døgnplasser");
      sheet.protection.unprotect();
      sheet.getRanges("C7, C8").format.fill.color = "#ff0000";
      const corner = sheet.getRange("C7:D8").getCell(1, 1).load("address");
      const grown = sheet.getRange("C7").getResizedRange(1, 0).load("address, rowCount");
      await context.sync();
      expect(corner.address).toBe("Døgnplasser!D8");
      expect(grown.rowCount).toBe(2);
    });
    expect(model.cell("Døgnplasser", "C8").fill).toBe("#FF0000");
  });

  it("counts saves and installs Excel and Office globals", async () => {
    const target: Record<string, unknown> = {};
    const uninstall = model.installGlobals(target);
    const office = target.Office as {
      context: { requirements: { isSetSupported(n: string, v: string): boolean } };
    };
    expect(office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(true);
    expect(office.context.requirements.isSetSupported("SharedRuntime", "1.2")).toBe(true);
    const excel = target.Excel as { run: ExcelModel["run"] };
    await excel.run(async (context) => {
      context.workbook.save("Save");
      await context.sync();
    });
    expect(model.saves).toBe(1);
    uninstall();
    expect(target.Excel).toBeUndefined();
  });
});
