import { beforeEach, describe, expect, it } from "vitest";
import type { ExcelModel } from "../../../addin/host/excel-model";
import { loadExcelModel } from "../../../addin/host/load-excel-model";
import { templateBytes } from "./template-bytes";

let model: ExcelModel;
beforeEach(async () => {
  model = await loadExcelModel(await templateBytes());
});

describe("proxies, load and sync", () => {
  it("throws PropertyNotLoaded before load and sync, and has the value after", async () => {
    await model.run(async (context) => {
      const range = context.workbook.names.getItem("beds.year").getRange();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values, address");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[2024]]);
      expect(range.address).toBe("Døgnplasser!C4");
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("counts one round trip per sync, however many names are chained", async () => {
    model.roundTrips = 0;
    await model.run(async (context) => {
      const ranges = ["beds.unit_org", "beds.year", "staffing.year", "beds.phv_adult_total"].map((name) =>
        context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject().load("values"),
      );
      await context.sync();
      expect(ranges.map((range) => range.values[0]?.[0])).toEqual(["983975267", 2024, 2024, ""]);
    });
    expect(model.roundTrips).toBe(1);
  });

  it("gives null objects for missing names, and isNullObject only after a sync", async () => {
    await model.run(async (context) => {
      const missing = context.workbook.names.getItemOrNullObject("beds.nope");
      const range = missing.getRangeOrNullObject().load("values");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(range.isNullObject).toBe(true);
    });
  });

  it("fails the batch with ItemNotFound for getItem of a missing sheet", async () => {
    await expect(
      model.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load("name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("applies writes only at sync time", async () => {
    await model.run(async (context) => {
      context.workbook.names.getItem("beds.phv_adult_hospital").getRange().values = [[100]];
      expect(model.cell("Døgnplasser", "C7").value).toBeNull();
      await context.sync();
    });
    expect(model.cell("Døgnplasser", "C7").value).toBe(100);
  });
});

describe("formulas of the templates", () => {
  it("computes totals and changes from typed figures", async () => {
    expect(model.cell("Døgnplasser", "C9").value).toBe("");
    await model.typeAsUser("Døgnplasser", "C7", "50");
    await model.typeAsUser("Døgnplasser", "C8", "53,5");
    expect(model.cell("Døgnplasser", "C9").value).toBe(103.5);
    expect(model.cell("Døgnplasser", "C9").text).toBe("103,5");
    expect(model.cell("Døgnplasser", "C9").formula).toBe('=IF(COUNT(C7:C8)=0,"",SUM(C7:C8))');
    expect(model.cell("Døgnplasser", "E9").value).toBe("");
  });
});

describe("typing", () => {
  it("keeps numbers as numbers and text as text, like a Norwegian Excel", async () => {
    expect(await model.typeAsUser("Døgnplasser", "C7", "1 234,5")).toEqual({ ok: true });
    expect(model.cell("Døgnplasser", "C7").value).toBe(1234.5);
    await model.typeAsUser("Døgnplasser", "F9", "258.5 er tekst");
    expect(model.cell("Døgnplasser", "F9").value).toBe("258.5 er tekst");
  });

  it("refuses a locked cell on a protected sheet and a value its rule forbids", async () => {
    expect(await model.typeAsUser("Døgnplasser", "A7", "x")).toMatchObject({
      ok: false,
      reason: "protected",
    });
    expect(await model.typeAsUser("Døgnplasser", "C4", "1999")).toMatchObject({
      ok: false,
      reason: "validation",
    });
    expect(model.cell("Døgnplasser", "C4").value).toBe(2024);
  });

  it("fires onChanged with source Local for the user and Remote for a coauthor", async () => {
    const events: { source: string; address: string; triggerSource?: string }[] = [];
    await model.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (event) => {
        events.push({ source: event.source, address: event.address, triggerSource: event.triggerSource });
      });
      await context.sync();
    });
    await model.typeAsUser("Døgnplasser", "C7", "10");
    await model.typeAsCoauthor("Døgnplasser", "C8", "11");
    await model.run(async (context) => {
      context.workbook.names.getItem("beds.phbu_total").getRange().values = [[5]];
      await context.sync();
    });
    expect(events).toEqual([
      { source: "Local", address: "C7", triggerSource: "Unknown" },
      { source: "Remote", address: "C8", triggerSource: "Unknown" },
      { source: "Local", address: expect.any(String), triggerSource: "ThisLocalAddin" },
    ]);
  });
});

describe("what the file holds", () => {
  it("reads defined names, data validation prompts, fills and protection from the xlsx", () => {
    expect(model.names()["beds.phv_adult_total"]).toBe("Døgnplasser!C9");
    expect(model.names()["prev.beds.phv_adult_total"]).toBe("Døgnplasser!D9");
    const year = model.cell("Døgnplasser", "C4");
    expect(year.prompt).toContain("Året tallene gjelder");
    expect(year.fill).toBe("#FFF2CC");
    expect(year.locked).toBe(false);
    expect(model.sheets().map((sheet) => [sheet.name, sheet.protected])).toEqual([
      ["Døgnplasser", true],
      [expect.any(String), true],
    ]);
  });

  it("models an older Excel: no notes before ExcelApi 1.18, no data validation before 1.8", async () => {
    const office2019 = await loadExcelModel(await templateBytes(["beds"]), { excelApi: "1.7" });
    expect(office2019.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(office2019.isSetSupported("ExcelApi", "1.8")).toBe(false);
    await office2019.run(async (context) => {
      const range = context.workbook.names.getItem("beds.year").getRange();
      expect(() => range.dataValidation).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
      expect(() => context.workbook.notes).toThrow(expect.objectContaining({ code: "ApiNotFound" }));
    });
  });
});

describe("formulas beyond the model", () => {
  it("keep the result cached in the file, and say #NAME? once rewritten", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ark1").getCell("B2").value = { formula: "VLOOKUP(1,A1:A2,1)", result: 7 };
    const other = await loadExcelModel(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(other.cell("Ark1", "B2")).toMatchObject({ value: 7, formula: "=VLOOKUP(1,A1:A2,1)" });
    await other.typeAsUser("Ark1", "B2", "=VLOOKUP(2,A1:A2,1)");
    expect(other.cell("Ark1", "B2").value).toEqual({ error: "#NAME?" });
  });
});
