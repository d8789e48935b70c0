import { describe, expect, it } from "vitest";
import { validate } from "../../../shared/report/validate";
import type { RawValue } from "../../../shared/report/validation-input";
import { findField } from "../../../shared/templates/catalogue";
import { PLAN_STATUS } from "../../../shared/templates/plan-status";
import { planSheet } from "../../../shared/templates/sheet-plan";

/** The regional plan's measures (docs/domain.md), then the board paper's joint intake: the ids are the contract. */
const MEASURES = [
  "children_24_7",
  "children_ambulant_standard",
  "children_pathways",
  "self_harm_routines_children",
  "self_harm_emergency_routines",
  "discharge_follow_up",
  "discharge_summary_same_day",
  "relatives_involvement",
  "bereaved_follow_up",
  "coercion_report_measures",
  "coercion_audit_findings",
  "coercion_buildings",
  "cooccurring_somatic_health",
  "cooccurring_ward_routines",
  "cooccurring_pathways",
  "alcohol_referral_routines",
  "alcohol_audit_c_intake",
  "neurodevelopmental_pathways",
  "joint_intake",
].map((name) => `plan_status.${name}`);

/** Every measure in place but two: one under way, with a comment; one not started, with a comment. */
const VESTFOLD: Record<string, RawValue> = {
  "plan_status.unit_org": "983975259",
  "plan_status.year": 2025,
  ...Object.fromEntries(MEASURES.map((id) => [id, "på plass"])),
  "plan_status.coercion_buildings": "under arbeid",
  "plan_status.alcohol_audit_c_intake": "ikke startet",
};
const NOTES = {
  "plan_status.coercion_buildings": "Nybygg i Tønsberg tas i bruk 2026.",
  "plan_status.alcohol_audit_c_intake": "Planlagt i somatikken fra høsten.",
};

function judge(
  values: Record<string, RawValue>,
  options: {
    notes?: Record<string, string>;
    phase?: "edit" | "export";
    previous?: Record<string, RawValue>;
  } = {},
) {
  const { phase = "edit", ...input } = options;
  return validate({ values, ...input }, { templates: ["plan_status"], phase });
}

const notInfo = (report: ReturnType<typeof judge>) =>
  report.issues
    .filter((issue) => issue.severity !== "info")
    .map((issue) => `${issue.code}@${issue.field}:${issue.severity}`);

describe("the plan_status template", () => {
  it("holds every measure of the contract, exactly as spelled, as a status with words in nb and en", () => {
    expect(PLAN_STATUS.fields.slice(2).map((field) => field.id)).toEqual(MEASURES);
    for (const id of MEASURES) {
      const field = findField(id);
      expect(field?.kind, id).toBe("status");
      expect(field?.label.nb.length, id).toBeGreaterThan(10);
      expect(field?.label.en.length, id).toBeGreaterThan(10);
    }
  });

  it("reads the sheet's words as the package's codes, and a clean return has nothing to say", () => {
    const report = judge(VESTFOLD, { notes: NOTES, phase: "export" });
    expect(notInfo(report)).toEqual([]);
    expect(report.values["plan_status.coercion_buildings"]).toBe("in_progress");
    expect(report.values["plan_status.alcohol_audit_c_intake"]).toBe("not_started");
    expect(report.values["plan_status.joint_intake"]).toBe("in_place");
  });
});

describe("the plan_status sheet", () => {
  const cells = new Map(planSheet(PLAN_STATUS).cells.map((cell) => [cell.name ?? cell.address, cell]));

  it("offers the three statuses as an Excel list, in Norwegian", () => {
    expect(cells.get("plan_status.children_24_7")?.validation).toMatchObject({
      type: "list",
      list: ["ikke startet", "under arbeid", "på plass"],
    });
  });

  it("shows last year's status and a comment cell beside each measure, under its focus area", () => {
    expect(cells.get("prev.plan_status.joint_intake")).toBeDefined();
    expect(cells.get("note.plan_status.joint_intake")?.validation?.promptText).toContain("på plass");
    expect(PLAN_STATUS.sections.map((section) => section.title.nb)).toEqual([
      "Barn og unge",
      "Forebygging av selvmord og selvskading",
      "Redusert og riktig bruk av tvang",
      "Samtidig ruslidelse og psykisk lidelse (ROP)",
      "Alkohol: tidlig intervensjon",
      "Nevroutviklingsforstyrrelser",
      "Integrert inntak",
    ]);
  });

  it("fills last year's status in the sheet's words", () => {
    const plan = planSheet(PLAN_STATUS, { previous: { "plan_status.joint_intake": "in_progress" } });
    const previous = plan.cells.find((cell) => cell.name === "prev.plan_status.joint_intake");
    expect(previous?.value).toBe("under arbeid");
  });
});
