import { describe, expect, it } from "vitest";
import { validate } from "../../../shared/report/validate";
import { cellReadable } from "../../../shared/rules/cell-readable";
import { COMPLETE_BEDS } from "../report/complete-input";
import { testRule } from "./rule-tester";

describe("cell-readable", () => {
  testRule(cellReadable, {
    passing: [{ name: "no problems, no notices", values: { "beds.phv_adult_total": 103 } }],
    failing: [
      {
        name: "a merged input cell",
        values: {},
        problems: { "beds.phv_adult_dps": { code: "cell_merged", params: { merge: "B8:C8" } } },
        expected: ["cell_merged@beds.phv_adult_dps:error"],
      },
      {
        name: "last year's figure under a formula without result belongs to its field",
        values: {},
        problems: {
          "prev.beds.phv_adult_total": { code: "formula_without_result", params: { formula: "SUM(D7:D8)" } },
        },
        expected: ["formula_without_result@beds.phv_adult_total:error"],
      },
      {
        name: "a copied sheet's own name is a warning",
        values: {},
        notices: {
          "beds.year": [{ code: "name_sheet_copy", params: { sheet: "Døgnplasser (2)", count: 30 } }],
        },
        expected: ["name_sheet_copy@beds.year:warning"],
      },
    ],
  });
});

describe("an unreadable cell in a whole validation", () => {
  it("is one error at its own cell: not 'fill in', not an invalid org. number or year", () => {
    const values: Record<string, string | number> = { ...COMPLETE_BEDS };
    delete values["beds.unit_org"];
    delete values["beds.year"];
    delete values["beds.count_date"];
    const report = validate(
      {
        values,
        previous: { "beds.phv_adult_total": 103 },
        cells: { "beds.unit_org": "Døgnplasser!C3", "prev.beds.phv_adult_total": "Døgnplasser!D9" },
        problems: {
          "beds.unit_org": { code: "cell_merged", params: { merge: "B3:C3" } },
          "beds.year": { code: "formula_without_result", params: { formula: "YEAR(TODAY())" } },
          "beds.count_date": { code: "formula_without_result", params: { formula: "TODAY()" } },
          "prev.beds.phv_adult_total": { code: "cell_merged", params: { merge: "C9:D9" } },
        },
      },
      { templates: ["beds"], phase: "edit" },
    );
    const about = (field: string) =>
      report.issues.filter((issue) => issue.field === field).map((i) => i.code);
    expect(about("beds.unit_org")).toEqual(["cell_merged"]);
    expect(about("beds.year")).toEqual(["formula_without_result"]);
    expect(about("beds.count_date")).toEqual(["formula_without_result"]);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: "cell_merged", field: "beds.phv_adult_total", cell: "Døgnplasser!D9" }),
    );
    expect(report.values["beds.unit_org"]).toBeUndefined();
    expect(report.ok).toBe(false);
  });
});
