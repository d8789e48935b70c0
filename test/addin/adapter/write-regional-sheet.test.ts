import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeRegionalSheet } from "../../../addin/adapter/write-regional-sheet";
import { chartsOf } from "../../../addin/host/chart-proxy";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import { findSheet } from "../../../addin/host/workbook-state";
import { regionalSheetPlan } from "../../../shared/aggregate/regional-sheet-plan";
import { regionalTable } from "../../../shared/aggregate/regional-table";
import { returnStatus } from "../../../shared/aggregate/return-status";
import { parsePackage } from "../../../shared/package/parse-package";

const PACKAGES = resolve(import.meta.dirname, "../../../examples/packages");

function examplePackages() {
  return readdirSync(PACKAGES).map((file) => {
    const parsed = parsePackage(readFileSync(resolve(PACKAGES, file), "utf8"));
    if (!parsed.ok) throw new Error(file);
    return { file, pkg: parsed.package };
  });
}

function plan() {
  const files = examplePackages();
  const table = regionalTable(
    files.filter((entry) => entry.pkg.year <= 2024),
    "beds.phv_adult_total",
  );
  const status = returnStatus(
    files.filter((entry) => entry.pkg.year >= 2023 && entry.pkg.year <= 2024),
    2024,
  );
  return regionalSheetPlan(table, status, "nb");
}

describe("writeRegionalSheet on the Excel model", () => {
  it("writes the paper's table with formulas for the totals, and a native line chart of it", async () => {
    const model = newExcelModel();
    const result = await model.run((context) => writeRegionalSheet(context, plan()));
    expect(result).toEqual({ written: "Regional tabell" });
    expect(model.cell("Regional tabell", "A14").value).toBe("Totalt Helse Sør-Øst/sykehus");
    expect(model.cell("Regional tabell", "F14").formula).toBe("=SUM(F4:F13)");
    expect(model.cell("Regional tabell", "F14").value).toBe(1511);
    expect(model.cell("Regional tabell", "F15").value).toBe(258.5);
    expect(model.cell("Regional tabell", "F16").formula).toBe("=F14+F15");
    expect(model.cell("Regional tabell", "F16").value).toBe(1769.5);
    expect(model.cell("Regional tabell", "A15").value).toBe("Private avtaleparter ***");
    const sheet = findSheet(model.host.state, "Regional tabell");
    if (!sheet) throw new Error("no sheet");
    expect(chartsOf(sheet)).toEqual([
      expect.objectContaining({
        type: "LineMarkers",
        source: "'Regional tabell'!A3:F13",
        seriesBy: "Rows",
        title: "Døgnplasser PHV voksne per foretak/sykehus",
        position: { start: "I3", end: "Q22" },
      }),
    ]);
  });

  it("leaves a sheet of that name alone and says so", async () => {
    const model = newExcelModel();
    await model.run(async (context) => {
      context.workbook.worksheets.add("Regional tabell").getRange("A1").values = [["mine"]];
      await context.sync();
    });
    expect(await model.run((context) => writeRegionalSheet(context, plan()))).toEqual({
      exists: "Regional tabell",
    });
    expect(model.cell("Regional tabell", "A1").value).toBe("mine");
  });

  it("refuses a chart type or series orientation it does not model, as Excel refuses a wrong one", async () => {
    const model = newExcelModel();
    await model.run(async (context) => {
      const sheet = context.workbook.worksheets.add("S");
      expect(() => sheet.charts.add("Pie3D" as never, sheet.getRange("A1:B2"))).toThrow(/not modelled/);
      expect(() => sheet.charts.add("Line" as never, sheet.getRange("A1:B2"), "Diagonal" as never)).toThrow(
        expect.objectContaining({ code: "InvalidArgument" }),
      );
    });
  });
});
