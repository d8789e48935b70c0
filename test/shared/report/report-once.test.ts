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

describe("a computed share rests on its part and whole", () => {
  const ACTIVITY_CELLS = Object.fromEntries(
    TEMPLATES.activity.fields.map((field) => [field.id, `${field.cell.sheet}!${field.cell.value}`]),
  );
  /** Telemark's activity of 2025 as the sheet holds it: the shares are the sheet's formulas' results. */
  const ACTIVITY: Record<string, RawValue> = {
    "activity.unit_org": "983975267",
    "activity.year": 2025,
    "activity.wait_days_adult": 41.5,
    "activity.wait_days_children": 47.2,
    "activity.referrals_received_adult": 5200,
    "activity.referrals_rejected_adult": 1040,
    "activity.rejection_rate_adult": 20,
    "activity.referrals_received_children": 2100,
    "activity.referrals_rejected_children": 420,
    "activity.rejection_rate_children": 20,
    "activity.consultations_adult": 61000,
    "activity.consultations_phone_adult": 7320,
    "activity.phone_share_adult": 12,
    "activity.consultations_video_adult": 1220,
    "activity.video_share_adult": 2,
    "activity.consultations_children": 38000,
    "activity.consultations_phone_children": 8360,
    "activity.phone_share_children": 22,
    "activity.consultations_video_children": 570,
    "activity.video_share_children": 1.5,
    "activity.bed_days_adult": 36500,
    "activity.bed_days_children": 3900,
    "activity.ebehandling_patients": 310,
    "activity.delmedmeg_coverage_pct": 38.5,
  };
  const judgeActivity = (values: Record<string, RawValue>) =>
    validate(
      { values: { ...ACTIVITY, ...values }, cells: ACTIVITY_CELLS },
      { templates: ["activity"], phase: "edit" },
    );

  it("more rejected than received is one error at the typed figures, not also a rejection rate above 100 % at the locked formula", () => {
    // The playground: 5 300 rejected of 5 200 received; the sheet's formula shows 101,9 %.
    const report = judgeActivity({
      "activity.referrals_rejected_adult": 5300,
      "activity.rejection_rate_adult": 101.9,
    });
    expect(where(report)).toEqual(["part_exceeds_whole@Aktivitet!C11"]);
    expect(report.ok).toBe(false);
  });

  it("a whole typed negative is reported there, not again as negative shares at the locked formulas", () => {
    const report = judgeActivity({
      "activity.consultations_adult": -61000,
      "activity.phone_share_adult": -12,
      "activity.video_share_adult": -2,
    });
    expect(where(report).filter((entry) => !entry.endsWith("@Aktivitet!C18"))).toEqual([]);
    expect(where(report)).toContain("below_min@Aktivitet!C18");
  });

  it("a share typed over with a value above 100 % while its part and whole are right is still reported at the share", () => {
    const report = judgeActivity({ "activity.video_share_adult": 150 });
    expect(where(report)).toEqual(["share_out_of_range@Aktivitet!C22"]);
  });
});
