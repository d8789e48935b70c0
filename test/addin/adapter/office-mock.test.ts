import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import type { ExcelRun } from "../../../addin/adapter/excel-run";
import { createOfficeAdapter } from "../../../addin/adapter/office-adapter";
import type { Issue } from "../../../shared/report/issue";

type Data = Record<string, unknown>;

/**
 * Office.js makes `isNullObject` readable after any sync; the mock treats it as an ordinary
 * property that needs a load, so the tests pin it to a fixed answer.
 */
function pinNullState(mock: Data, isNull: boolean): void {
  Object.defineProperty(mock, "isNullObject", { get: () => isNull, set: () => {}, configurable: true });
}

/** The mock has no `items/x` load paths; collections map them to loading `items`. */
function loadItems(this: OfficeMockObject) {
  return OfficeMockObject.prototype.load.call(this, "items");
}

const CELLS: Record<string, { value: unknown; type: string; address: string }> = {
  "beds.unit_org": { value: "983975267", type: "String", address: "Døgnplasser!C3" },
  "beds.year": { value: 2024, type: "Double", address: "Døgnplasser!C4" },
  "beds.phv_adult_hospital": { value: 50.3, type: "Double", address: "Døgnplasser!C7" },
  "beds.phv_adult_total": { value: "#DIV/0!", type: "Error", address: "Døgnplasser!C9" },
};

function mockExcel() {
  const ranges: Record<string, Data> = {};
  for (const [name, cell] of Object.entries(CELLS)) {
    ranges[name] = {
      values: [[cell.value]],
      valueTypes: [[cell.type]],
      address: cell.address,
      numberFormat: [["General"]],
      format: { fill: { color: "#FFF2CC" } },
    };
  }
  const data = {
    context: {
      workbook: {
        names: {
          items: Object.keys(CELLS).map((name) => ({ name })),
          load: loadItems,
          ranges,
          missing: { value: "" },
          missingRange: {
            values: [[""]],
            valueTypes: [["Empty"]],
            address: "",
            numberFormat: [["General"]],
            format: { fill: { color: "" } },
          },
          add: () => ({}),
        },
        worksheets: {
          items: [{ name: "Døgnplasser", protection: { protected: false, options: {} } }],
          load: loadItems,
          sheet: {
            range: { format: { fill: {} } },
            getRange(this: Data) {
              return this.range;
            },
          },
          getItem(this: Data) {
            return this.sheet;
          },
        },
      },
      syncs: 0,
    },
  };
  // biome-ignore lint/suspicious/noExplicitAny: the mock's shape is the data given to it.
  const mock = new OfficeMockObject(data) as unknown as Record<string, any>;
  const context = mock.context;
  const workbook = context.workbook;
  for (const name of Object.keys(CELLS)) pinNullState(workbook.names.ranges[name], false);
  pinNullState(workbook.names.missingRange, true);
  pinNullState(workbook.names.missing, true);
  // Chained calls return the mock's own objects, so their load/sync state is the mock's.
  workbook.names.getItemOrNullObject = (name: string) => ({
    getRangeOrNullObject: () => workbook.names.ranges[name] ?? workbook.names.missingRange,
    load: (what: string) => {
      workbook.names.missing.load(what);
      return workbook.names.missing;
    },
  });
  const sync = context.sync.bind(context);
  context.sync = async () => {
    context.syncCount = (context.syncCount ?? 0) + 1;
    await sync();
  };
  const run = (async (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
    batch(context)) as ExcelRun;
  return { context, workbook, run };
}

const OLD_HOST = (_: string, version = "1.1") => Number(version.split(".")[1]) <= 4;

describe("adapter against office-addin-mock (load/sync discipline)", () => {
  it("the mock refuses a property read before load and before sync", async () => {
    const { workbook, context } = mockExcel();
    const range = workbook.names.ranges["beds.year"];
    expect(range.values).toBe("Error, property was not loaded");
    range.load("values");
    expect(range.values).toBe("Error, context.sync() was not called");
    await context.sync();
    expect(range.values).toEqual([[2024]]);
  });

  it("read loads every value, type, address and fill before its one sync", async () => {
    const { run, context } = mockExcel();
    const adapter = createOfficeAdapter({ run, isSetSupported: OLD_HOST });
    const snapshot = await adapter.read();
    expect(context.syncCount).toBe(1);
    expect(snapshot.templates).toEqual(["beds"]);
    expect(snapshot.input.values["beds.year"]).toBe(2024);
    expect(snapshot.input.values["beds.unit_org"]).toBe("983975267");
    expect(snapshot.input.values["beds.phv_adult_total"]).toEqual({ error: "#DIV/0!" });
    expect(snapshot.cells["beds.phv_adult_hospital"]).toBe("Døgnplasser!C7");
    expect(snapshot.input.missingNames).toContain("beds.count_date");
  });

  it("writeMarks writes a fill in one sync and never sets values", async () => {
    const { run, context, workbook } = mockExcel();
    const adapter = createOfficeAdapter({ run, isSetSupported: OLD_HOST });
    await adapter.read();
    const issue: Issue = {
      code: "not_half_step",
      severity: "error",
      field: "beds.phv_adult_hospital",
      cell: "Døgnplasser!C7",
      params: { value: 50.3 },
      rule: "beds-half-step",
    };
    await adapter.writeMarks([issue], "nb");
    expect(context.syncCount).toBe(2);
    const range = workbook.worksheets.sheet.range;
    expect(range.format.fill.color).toBe("#FFC7CE");
    expect(range.values).toBeUndefined();
  });
});
