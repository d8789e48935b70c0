import { describe, expect, it } from "vitest";
import { buildPackage } from "../../../shared/package/build-package";
import { inputFromPackage } from "../../../shared/package/package-input";
import { validate } from "../../../shared/report/validate";
import type { RawValue } from "../../../shared/report/validation-input";
import { ACTIVITY } from "../../../shared/templates/activity";
import { findField } from "../../../shared/templates/catalogue";
import { planSheet } from "../../../shared/templates/sheet-plan";

/** The package format's minimum activity catalogue: other tools rely on these ids exactly as spelled. */
const CONTRACT_IDS = [
  "unit_org",
  "year",
  "wait_days_adult",
  "wait_days_children",
  "referrals_received_adult",
  "referrals_rejected_adult",
  "referrals_received_children",
  "referrals_rejected_children",
  "consultations_adult",
  "consultations_phone_adult",
  "consultations_video_adult",
  "consultations_children",
  "consultations_phone_children",
  "consultations_video_children",
  "bed_days_adult",
  "bed_days_children",
  "ebehandling_patients",
  "delmedmeg_coverage_pct",
].map((name) => `activity.${name}`);

const TELEMARK: Record<string, RawValue> = {
  "activity.unit_org": "983975267",
  "activity.year": 2025,
  "activity.wait_days_adult": 41.5,
  "activity.wait_days_children": 47.2,
  "activity.referrals_received_adult": 5200,
  "activity.referrals_rejected_adult": 1040,
  "activity.referrals_received_children": 2100,
  "activity.referrals_rejected_children": 420,
  "activity.consultations_adult": 61000,
  "activity.consultations_phone_adult": 7320,
  "activity.consultations_video_adult": 1220,
  "activity.consultations_children": 38000,
  "activity.consultations_phone_children": 8360,
  "activity.consultations_video_children": 570,
  "activity.bed_days_adult": 36500,
  "activity.bed_days_children": 3900,
  "activity.ebehandling_patients": 310,
  "activity.delmedmeg_coverage_pct": 38.5,
};

function judge(
  values: Record<string, RawValue>,
  phase: "edit" | "export" = "edit",
  previous?: Record<string, RawValue>,
) {
  return validate({ values, ...(previous ? { previous } : {}) }, { templates: ["activity"], phase });
}

const codes = (values: Record<string, RawValue>) =>
  judge(values)
    .issues.filter((issue) => issue.severity !== "info")
    .map((issue) => `${issue.code}@${issue.field}`);

describe("the activity template", () => {
  it("holds every id of the contract, exactly as spelled", () => {
    expect(CONTRACT_IDS.filter((id) => findField(id) === undefined)).toEqual([]);
  });

  it("accepts a clean return and computes the rates and shares in the core", () => {
    const report = judge(TELEMARK, "export");
    expect(report.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(report.values["activity.rejection_rate_adult"]).toBe(20);
    expect(report.values["activity.phone_share_adult"]).toBe(12);
    expect(report.values["activity.video_share_adult"]).toBe(2);
    expect(report.values["activity.phone_share_children"]).toBe(22);
    expect(report.values["activity.video_share_children"]).toBe(1.5);
  });

  it("never takes a typed share: the core's figure wins", () => {
    const report = judge({ ...TELEMARK, "activity.rejection_rate_adult": 3 });
    expect(report.values["activity.rejection_rate_adult"]).toBe(20);
  });

  it("leaves a share out while its inputs are missing or the whole is zero", () => {
    const { "activity.referrals_rejected_adult": _rejected, ...partial } = TELEMARK;
    const report = judge({
      ...partial,
      "activity.consultations_children": 0,
      "activity.consultations_phone_children": 0,
      "activity.consultations_video_children": 0,
    });
    expect(report.values).not.toHaveProperty("activity.rejection_rate_adult");
    expect(report.values).not.toHaveProperty("activity.phone_share_children");
  });

  it("refuses more rejected than received, and telephone + video above all consultations", () => {
    expect(codes({ ...TELEMARK, "activity.referrals_rejected_adult": 5201 })).toEqual([
      "part_exceeds_whole@activity.referrals_received_adult",
    ]);
    expect(
      codes({
        ...TELEMARK,
        "activity.consultations_phone_children": 30000,
        "activity.consultations_video_children": 8001,
      }),
    ).toEqual(["part_exceeds_whole@activity.consultations_children"]);
  });

  it("wants waiting days ≥ 0 with one decimal, counts whole", () => {
    expect(codes({ ...TELEMARK, "activity.wait_days_adult": 41.25 })).toEqual([
      "too_many_decimals@activity.wait_days_adult",
    ]);
    expect(codes({ ...TELEMARK, "activity.wait_days_children": -1 })).toEqual([
      "below_min@activity.wait_days_children",
    ]);
    expect(codes({ ...TELEMARK, "activity.bed_days_adult": 36500.5 })).toEqual([
      "not_integer@activity.bed_days_adult",
    ]);
    expect(codes({ ...TELEMARK, "activity.delmedmeg_coverage_pct": 101 })).toEqual([
      "above_max@activity.delmedmeg_coverage_pct",
    ]);
  });

  it("asks for an explanation of a change of 10 % or more: a warning while editing, an error at export", () => {
    const previous = { "activity.referrals_received_adult": 4700, "activity.wait_days_adult": 40 };
    const change = (phase: "edit" | "export") =>
      judge(TELEMARK, phase, previous)
        .issues.filter((issue) => issue.code === "change_unexplained")
        .map((issue) => `${issue.field}:${issue.severity}`);
    expect(change("edit")).toEqual(["activity.referrals_received_adult:warning"]);
    expect(change("export")).toEqual(["activity.referrals_received_adult:error"]);
    // 40 → 41,5 days is 3,75 %: under the template's own threshold, whatever the days.
  });

  it("judges a package the same way: the rejection rate it carries is the core's", () => {
    const pkg = buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2025,
      templates: { activity: ACTIVITY.version },
      values: { ...(TELEMARK as Record<string, number | string>), "activity.rejection_rate_adult": 55 },
    });
    const report = validate(inputFromPackage(pkg), { templates: ["activity"], phase: "export" });
    expect(report.values["activity.rejection_rate_adult"]).toBe(20);
  });
});

describe("the activity sheet", () => {
  const cells = new Map(planSheet(ACTIVITY).cells.map((cell) => [cell.name ?? cell.address, cell]));

  it("computes the rates and shares with locked formulas from the cells they divide", () => {
    const received = findField("activity.referrals_received_adult")?.cell.value;
    const rejected = findField("activity.referrals_rejected_adult")?.cell.value;
    const rate = cells.get("activity.rejection_rate_adult");
    expect(rate).toMatchObject({ style: "formula", locked: true, numberFormat: "0.0" });
    expect(rate?.formula).toBe(
      `IF(COUNT(${rejected},${received})<2,"",IF(${received}=0,"",ROUND(${rejected}/${received}*100,1)))`,
    );
    for (const name of [
      "phone_share_adult",
      "video_share_adult",
      "phone_share_children",
      "video_share_children",
    ]) {
      expect(cells.get(`activity.${name}`)?.locked, name).toBe(true);
      expect(cells.get(`activity.${name}`)?.validation, name).toBeUndefined();
    }
  });

  it("gives counts a whole-number rule and waiting days a decimal rule with their words", () => {
    expect(cells.get("activity.bed_days_adult")?.validation).toMatchObject({ type: "whole", min: 0 });
    expect(cells.get("activity.wait_days_adult")?.validation).toMatchObject({ type: "decimal", min: 0 });
    expect(cells.get("activity.wait_days_adult")?.numberFormat).toBe("0.0");
  });

  it("groups the fields under section headings and says its own threshold", () => {
    expect(ACTIVITY.sections.map((section) => section.title.en)).toEqual([
      "Waiting time",
      "Referrals",
      "Outpatient consultations",
      "Bed days",
      "Digital care and patient-reported data",
    ]);
    expect(cells.get("A2")?.value).toContain("minst 10 %");
    expect(cells.get("prev.activity.referrals_received_adult")).toBeDefined();
    expect(cells.get("prev.activity.rejection_rate_adult")).toBeUndefined();
  });
});
