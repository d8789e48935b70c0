import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../shared/messages/describe";
import { buildPackage } from "../../../shared/package/build-package";
import { inputFromPackage } from "../../../shared/package/package-input";
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

  it("wants a comment unless in place: a warning while editing, an error at export", () => {
    expect(notInfo(judge(VESTFOLD))).toEqual([
      "status_comment_missing@plan_status.coercion_buildings:warning",
      "status_comment_missing@plan_status.alcohol_audit_c_intake:warning",
    ]);
    expect(notInfo(judge(VESTFOLD, { phase: "export" }))).toHaveLength(2);
    expect(notInfo(judge(VESTFOLD, { phase: "export" })).every((entry) => entry.endsWith(":error"))).toBe(
      true,
    );
  });

  it("wants a comment when a status goes back from last year's package, once per measure", () => {
    const previous = { "plan_status.coercion_buildings": "in_place" };
    expect(
      notInfo(judge(VESTFOLD, { notes: { "plan_status.alcohol_audit_c_intake": "x" }, previous })),
    ).toEqual(["status_went_back@plan_status.coercion_buildings:warning"]);
  });

  it("words a status in the language shown, never as its code", () => {
    const previous = { "plan_status.coercion_buildings": "in_place" };
    const [issue] = judge(VESTFOLD, {
      notes: { "plan_status.alcohol_audit_c_intake": "x" },
      previous,
    }).issues.filter((found) => found.code === "status_went_back");
    if (!issue) throw new Error("no status_went_back issue");
    expect(describeIssue(issue, "nb")).toBe(
      "Status har gått tilbake fra «på plass» i fjor til «under arbeid»; skriv en kommentar om hvorfor.",
    );
    expect(describeIssue(issue, "en")).toContain('from "in place" last year to "in progress"');
  });

  it("refuses a status that is not one of the choices, and leaves it out of the values", () => {
    const report = judge({ ...VESTFOLD, "plan_status.joint_intake": "ferdig" }, { notes: NOTES });
    expect(notInfo(report)).toEqual(["status_unknown@plan_status.joint_intake:error"]);
    expect(report.values).not.toHaveProperty("plan_status.joint_intake");
  });

  it("judges a package the same way", () => {
    const pkg = buildPackage({
      unit: { org: "983975259", name: "Sykehuset i Vestfold HF" },
      year: 2025,
      templates: { plan_status: PLAN_STATUS.version },
      values: { ...(judge(VESTFOLD).values as Record<string, string | number>) },
      notes: { "plan_status.coercion_buildings": NOTES["plan_status.coercion_buildings"] },
    });
    const report = validate(inputFromPackage(pkg), { templates: ["plan_status"], phase: "export" });
    expect(notInfo(report)).toEqual(["status_comment_missing@plan_status.alcohol_audit_c_intake:error"]);
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
