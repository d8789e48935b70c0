import { describe, expect, it } from "vitest";
import { validate } from "../../../shared/report/validate";
import { detectTemplates, workbookInput } from "../../../shared/report/workbook-input";

const SHEET: Record<string, { value: string | number | null; address: string }> = {
  "beds.unit_org": { value: "983975267", address: "Døgnplasser!C3" },
  "beds.year": { value: 2024, address: "Døgnplasser!C4" },
  "beds.phv_adult_total": { value: 103, address: "Døgnplasser!C9" },
  "prev.beds.phv_adult_total": { value: 108, address: "Døgnplasser!D9" },
  "note.beds.phv_adult_total": { value: null, address: "Døgnplasser!F9" },
};

describe("workbookInput", () => {
  it("finds every field through its defined name and records the cells", () => {
    const { input, cells } = workbookInput((name) => SHEET[name], ["beds"]);
    expect(input.values["beds.phv_adult_total"]).toBe(103);
    expect(input.previous?.["beds.phv_adult_total"]).toBe(108);
    expect(cells["prev.beds.phv_adult_total"]).toBe("Døgnplasser!D9");
    expect(input.missingNames).toContain("beds.tsb_total");
    expect(input.missingNames).not.toContain("beds.phv_adult_total");
  });

  it("a deleted name is reported where the field should be, and the change is caught with its cell", () => {
    const { input } = workbookInput((name) => SHEET[name], ["beds"]);
    const report = validate(input, { templates: ["beds"], phase: "edit" });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "name_missing", field: "beds.tsb_total", severity: "error" }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "change_unexplained", cell: "Døgnplasser!C9", severity: "warning" }),
    );
  });

  it("reads the year of last year's column; a workbook made before it was recorded lacks nothing (A4)", () => {
    const withYear: typeof SHEET = { ...SHEET, "prev.beds.year": { value: 2020, address: "Døgnplasser!D4" } };
    expect(workbookInput((name) => withYear[name], ["beds"]).input.previous?.["beds.year"]).toBe(2020);
    const { input } = workbookInput((name) => SHEET[name], ["beds"]);
    expect(input.missingNames).not.toContain("prev.beds.year");
    expect(input.missingNames).toContain("prev.beds.tsb_total");
  });

  it("records the fields whose cell is formatted as Text (A17), and only those", () => {
    const sheet: typeof SHEET & Record<string, { numberFormat?: string }> = {
      ...SHEET,
      "beds.phv_adult_total": { value: "103", address: "Døgnplasser!C9", numberFormat: "@" },
      "beds.tsb_total": { value: 20, address: "Døgnplasser!C12", numberFormat: "0.0" },
    };
    const { input } = workbookInput((name) => sheet[name], ["beds"]);
    expect(input.textCells).toEqual(["beds.phv_adult_total"]);
    expect(workbookInput((name) => SHEET[name], ["beds"]).input.textCells).toBeUndefined();
  });

  it("detects the templates present from their names", () => {
    expect(detectTemplates(["beds.year", "unrelated"])).toEqual(["beds"]);
    expect(detectTemplates(["staffing.sick_leave_pct", "beds.unit_org"])).toEqual(["beds", "staffing"]);
    expect(detectTemplates([])).toEqual([]);
  });
});

describe("workbookInput reads cells as they show (issue 9)", () => {
  const percentSheet = (numberFormat: string | undefined) => (name: string) =>
    name === "staffing.sick_leave_pct"
      ? { value: 0.064, address: "Bemanning!C20", ...(numberFormat ? { numberFormat } : {}) }
      : undefined;

  it("a percent-formatted 0.064 is the figure 6.4; without the format it stays 0.064", () => {
    expect(workbookInput(percentSheet("0.0%"), ["staffing"]).input.values["staffing.sick_leave_pct"]).toBe(
      6.4,
    );
    expect(workbookInput(percentSheet("0.0"), ["staffing"]).input.values["staffing.sick_leave_pct"]).toBe(
      0.064,
    );
    expect(workbookInput(percentSheet(undefined), ["staffing"]).input.values["staffing.sick_leave_pct"]).toBe(
      0.064,
    );
  });

  it("a cell with a problem gives no value at all, only the problem and its cell", () => {
    const { input } = workbookInput(
      (name) =>
        name === "beds.phv_adult_dps"
          ? {
              value: "PHV voksne, DPS",
              address: "Døgnplasser!C8",
              problem: { code: "cell_merged", params: { merge: "B8:C8" } },
            }
          : undefined,
      ["beds"],
    );
    expect(input.values).not.toHaveProperty("beds.phv_adult_dps");
    expect(input.problems?.["beds.phv_adult_dps"]).toEqual({
      code: "cell_merged",
      params: { merge: "B8:C8" },
    });
    expect(input.cells?.["beds.phv_adult_dps"]).toBe("Døgnplasser!C8");
    expect(input.missingNames).not.toContain("beds.phv_adult_dps");
  });
});

describe("a figure Excel turned into a date is never read as its serial", () => {
  const dateSheet = (name: string, numberFormat: string) => (asked: string) =>
    asked === name ? { value: 45778, address: "Døgnplasser!C9", numberFormat } : undefined;

  it("'1.5' typed into a beds cell became 1 May (45778, dd.mm.yyyy): an error at the cell, no value", () => {
    const { input } = workbookInput(dateSheet("beds.phv_adult_total", "dd.mm.yyyy"), ["beds"]);
    expect(input.values).not.toHaveProperty("beds.phv_adult_total");
    expect(input.problems?.["beds.phv_adult_total"]).toEqual({
      code: "cell_date_format",
      params: { format: "dd.mm.yyyy" },
    });
    const report = validate(input, { templates: ["beds"], phase: "edit" });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "cell_date_format", cell: "Døgnplasser!C9", severity: "error" }),
    );
  });

  it("last year's figure in a date-formatted cell is not read either", () => {
    const { input } = workbookInput(dateSheet("prev.beds.phv_adult_total", "d/m/yy"), ["beds"]);
    expect(input.previous).not.toHaveProperty("beds.phv_adult_total");
    expect(input.problems?.["prev.beds.phv_adult_total"]?.code).toBe("cell_date_format");
  });

  it("the count date keeps its date format, and a number format keeps the figure", () => {
    const countDate = workbookInput(dateSheet("beds.count_date", "dd.mm.yyyy"), ["beds"]).input;
    expect(countDate.values["beds.count_date"]).toBe(45778);
    expect(countDate.problems).not.toHaveProperty("beds.count_date");
    const figure = workbookInput(dateSheet("beds.phv_adult_total", "# ##0"), ["beds"]).input;
    expect(figure.values["beds.phv_adult_total"]).toBe(45778);
  });
});
