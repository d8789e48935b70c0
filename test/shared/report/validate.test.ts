import { describe, expect, it } from "vitest";
import { validate } from "../../../shared/report/validate";
import { COMPLETE_BEDS, COMPLETE_STAFFING } from "./complete-input";

describe("validate", () => {
  it("a complete, consistent return has no errors and no warnings", () => {
    const report = validate(
      { values: { ...COMPLETE_BEDS, ...COMPLETE_STAFFING } },
      { templates: ["beds", "staffing"], phase: "export", year: 2024 },
    );
    expect(report.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.stats).toEqual({ errors: 0, warnings: 0, infos: 0 });
  });

  it("reads values for the package: org. no. as digits, dates ISO, text numbers converted", () => {
    const report = validate(
      {
        values: {
          ...COMPLETE_BEDS,
          "beds.unit_org": "983 975 267",
          "beds.count_date": "20.11.2024",
          "beds.tsb_total": "20",
        },
      },
      { templates: ["beds"], phase: "edit" },
    );
    expect(report.values["beds.unit_org"]).toBe("983975267");
    expect(report.values["beds.count_date"]).toBe("2024-11-20");
    expect(report.values["beds.tsb_total"]).toBe(20);
  });

  it("Telemark 108 → 103: a warning while editing, an error at export, with its cell", () => {
    const input = {
      values: {
        ...COMPLETE_BEDS,
        "beds.phv_adult_hospital": 40,
        "beds.phv_adult_dps": 63,
        "beds.phv_adult_total": 103,
      },
      previous: { "beds.phv_adult_total": 108 },
      cells: { "beds.phv_adult_total": "Døgnplasser!C9" },
    };
    const editing = validate(input, { templates: ["beds"], phase: "edit" });
    const exporting = validate(input, { templates: ["beds"], phase: "export" });
    const change = (report: typeof editing) =>
      report.issues.find((issue) => issue.code === "change_unexplained");
    expect(change(editing)).toMatchObject({
      severity: "warning",
      field: "beds.phv_adult_total",
      cell: "Døgnplasser!C9",
    });
    expect(editing.ok).toBe(true);
    expect(change(exporting)?.severity).toBe("error");
    expect(exporting.ok).toBe(false);
  });

  it("orders errors before warnings before information", () => {
    const report = validate(
      { values: { "beds.unit_org": "x", "beds.year": 2024 } },
      { templates: ["beds"], phase: "edit" },
    );
    const ranks = report.issues.map((issue) => ["error", "warning", "info"].indexOf(issue.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(report.issues[0]?.code).toBe("org_invalid");
  });

  it("never throws on hostile input", () => {
    const hostile = {
      "beds.phv_adult_total": { error: "#N/A" },
      "beds.year": Number.NaN,
      "beds.unit_org": true,
      "beds.count_date": -5,
    };
    expect(() =>
      validate(
        { values: hostile, previous: { "beds.phv_adult_total": "?" } },
        { templates: ["beds", "staffing"], phase: "export" },
      ),
    ).not.toThrow();
  });
});
