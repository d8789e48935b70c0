import { describe, expect, it } from "vitest";
import type { Report } from "../../../shared/report/report";
import { validate } from "../../../shared/report/validate";
import type { RawValue } from "../../../shared/report/validation-input";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { COMPLETE_BEDS, COMPLETE_STAFFING } from "./complete-input";

/** Every field's cell, as a workbook gives them, so each issue says where it was found. */
const CELLS = Object.fromEntries(
  [TEMPLATES.beds, TEMPLATES.staffing].flatMap((template) =>
    template.fields.map((field) => [field.id, `${field.cell.sheet}!${field.cell.value}`]),
  ),
);

function judge(values: Record<string, RawValue>, previous?: Record<string, RawValue>): Report {
  return validate(
    {
      values: { ...COMPLETE_BEDS, ...COMPLETE_STAFFING, ...values },
      cells: CELLS,
      ...(previous ? { previous } : {}),
    },
    { templates: ["beds", "staffing"], phase: "edit" },
  );
}

const where = (report: Report) => report.issues.map((issue) => `${issue.code}@${issue.cell}`);

describe("each issue once, at the cell the controller typed", () => {
  it('one bad "40,3" typed as text is reported once, at its cell, not at the totals its formula left it out of', () => {
    // Excel's SUM leaves text out: the computed totals show 63 and 95.5 (what the workbook caches).
    const report = judge(
      { "beds.phv_adult_hospital": "40,3", "beds.phv_adult_total": 63, "beds.all_total": 95.5 },
      { "beds.phv_adult_total": 103, "beds.all_total": 135.5 },
    );
    expect(where(report)).toEqual(["not_half_step@Døgnplasser!C7"]);
    expect(report.ok).toBe(false);
  });

  it("one bad 40,3 typed as a number (as Excel stores it) is reported once, at its cell, not at the two totals that add it in", () => {
    // The playground and Excel: the formulas include 40.3, so the totals show 103.3 and 141.8.
    const report = judge(
      { "beds.phv_adult_hospital": 40.3, "beds.phv_adult_total": 103.3, "beds.all_total": 141.8 },
      { "beds.phv_adult_total": 103.3, "beds.all_total": 141.8 },
    );
    expect(where(report)).toEqual(["not_half_step@Døgnplasser!C7"]);
    expect(report.ok).toBe(false);
  });

  it("a whole number typed as text in a part is one error there (the total left it out), not a mismatch at the total", () => {
    const report = judge({
      "beds.phv_adult_hospital": "40",
      "beds.phv_adult_total": 63,
      "beds.all_total": 95.5,
    });
    expect(where(report)).toEqual(["number_as_text_not_summed@Døgnplasser!C7"]);
  });

  it('"Herav midlertidig stengt" above all beds is reported where it was typed, not at the locked total', () => {
    const report = judge({ "beds.temporarily_closed": 200 });
    expect(where(report)).toEqual(["part_exceeds_whole@Døgnplasser!C13"]);
  });

  it("a wrong year in one sheet blames that sheet, whichever comes first", () => {
    const wrongBeds = judge({ "beds.year": 2023 });
    expect(where(wrongBeds).filter((entry) => entry.startsWith("year"))).toEqual([
      "year_mismatch@Døgnplasser!C4",
    ]);
    const wrongStaffing = judge({ "staffing.year": 2023 });
    expect(where(wrongStaffing).filter((entry) => entry.startsWith("year"))).toEqual([
      "year_mismatch@Bemanning!C4",
    ]);
  });

  it("empty parts are reported on the parts, not on the computed total", () => {
    const report = judge({
      "beds.phv_adult_hospital": null,
      "beds.phv_adult_dps": null,
      "beds.phv_adult_total": "",
      "beds.all_total": 32.5,
    });
    expect(where(report)).toEqual(["total_part_missing@Døgnplasser!C7", "total_part_missing@Døgnplasser!C8"]);
  });

  it("a headcount typed as the text «14,3» is one issue (not a whole number), not also «stored as text»", () => {
    const report = judge({ "staffing.lis3_phv_adult_headcount": "14,3" });
    expect(where(report)).toEqual(["not_integer@Bemanning!C13"]);
  });

  it("a total that does not add up, with every part a good number, is still reported at the total", () => {
    const report = judge({ "beds.phv_adult_total": 104, "beds.all_total": 136.5 });
    expect(where(report)).toEqual(["total_mismatch@Døgnplasser!C9"]);
  });
});
