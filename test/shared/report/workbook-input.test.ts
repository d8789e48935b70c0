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

  it("detects the templates present from their names", () => {
    expect(detectTemplates(["beds.year", "unrelated"])).toEqual(["beds"]);
    expect(detectTemplates(["staffing.sick_leave_pct", "beds.unit_org"])).toEqual(["beds", "staffing"]);
    expect(detectTemplates([])).toEqual([]);
  });
});
