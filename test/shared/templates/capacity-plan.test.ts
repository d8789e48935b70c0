import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../shared/messages/describe";
import { buildPackage } from "../../../shared/package/build-package";
import { inputFromPackage } from "../../../shared/package/package-input";
import { validate } from "../../../shared/report/validate";
import type { RawValue, ValidationInput } from "../../../shared/report/validation-input";
import { CAPACITY_PLAN } from "../../../shared/templates/capacity-plan";
import { findField, templatesAskedIn } from "../../../shared/templates/catalogue";
import { planSheet } from "../../../shared/templates/sheet-plan";
import { findUnit } from "../../../shared/units/reporting-units";
import { expectsTemplate } from "../../../shared/units/unit-returns";

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032];
const AREAS = ["phv_adult", "phbu", "tsb"];
/** The package format's minimum capacity_plan catalogue: other tools rely on exactly these ids. */
const CONTRACT_IDS = [
  "capacity_plan.unit_org",
  "capacity_plan.year",
  ...AREAS.flatMap((area) => YEARS.map((year) => `capacity_plan.${area}_${year}`)),
];

const TELEMARK_ORG = "983975267";
/** Telemark's plan: 103 beds counted in 2024, 110 from 2025 (the paper's footnote), a new ward in 2029. */
const TELEMARK: Record<string, RawValue> = {
  "capacity_plan.unit_org": TELEMARK_ORG,
  "capacity_plan.year": 2025,
  ...Object.fromEntries(YEARS.map((year) => [`capacity_plan.phv_adult_${year}`, year < 2029 ? 110 : 118])),
  ...Object.fromEntries(YEARS.map((year) => [`capacity_plan.phbu_${year}`, 14.5])),
  ...Object.fromEntries(YEARS.map((year) => [`capacity_plan.tsb_${year}`, 22])),
};
const REASON = { "capacity_plan.phv_adult_2029": "Ny sikkerhetspost med åtte plasser åpner i 2029." };

function judge(
  values: Record<string, RawValue>,
  options: {
    notes?: Record<string, string>;
    phase?: "edit" | "export";
    previous?: Record<string, RawValue>;
    previousFrom?: ValidationInput["previousFrom"];
  } = {},
) {
  const { phase = "edit", ...input } = options;
  return validate({ values, ...input }, { templates: ["capacity_plan"], phase });
}

const found = (report: ReturnType<typeof judge>) =>
  report.issues.map((issue) => `${issue.code}@${issue.field}:${issue.severity}`);

describe("the capacity_plan template", () => {
  it("holds exactly the contract's ids, spelled as the contract spells them", () => {
    expect(CAPACITY_PLAN.fields.map((field) => field.id)).toEqual(CONTRACT_IDS);
    expect(CONTRACT_IDS.filter((id) => findField(id) === undefined)).toEqual([]);
  });

  it("plans beds: half steps, never negative, labels and help in both languages", () => {
    for (const field of CAPACITY_PLAN.fields.slice(2)) {
      expect(field).toMatchObject({ kind: "beds", step: 0.5, min: 0, compared: false });
      expect(field.label.nb).toMatch(/planlagt 20\d\d$/);
      expect(field.label.en).toMatch(/planned 20\d\d$/);
    }
    expect(found(judge({ ...TELEMARK, "capacity_plan.phbu_2030": 14.25 }, { notes: REASON }))).toEqual([
      "not_half_step@capacity_plan.phbu_2030:error",
    ]);
    expect(found(judge({ ...TELEMARK, "capacity_plan.tsb_2031": -2 }))).toContain(
      "below_min@capacity_plan.tsb_2031:error",
    );
  });

  it("accepts a clean plan whose large change is explained, at export", () => {
    expect(found(judge(TELEMARK, { notes: REASON, phase: "export" }))).toEqual([]);
  });

  it("wants a reason for the new ward: a warning while editing, an error at export", () => {
    expect(found(judge(TELEMARK))).toEqual(["plan_change_unexplained@capacity_plan.phv_adult_2029:warning"]);
    const exported = judge(TELEMARK, { phase: "export" });
    expect(found(exported)).toEqual(["plan_change_unexplained@capacity_plan.phv_adult_2029:error"]);
    const [issue] = exported.issues;
    if (!issue) throw new Error("no issue");
    expect(describeIssue(issue, "nb")).toBe(
      "Planlagt endring fra 110 i «PHV voksne, planlagt 2028» til 118 (+8) må begrunnes: grensen er 5 plasser.",
    );
    expect(describeIssue(issue, "en")).toContain("needs a reason: the threshold is 5 beds");
  });

  it("sets the first year beside last year's beds as information, never as an error", () => {
    const report = judge(TELEMARK, {
      notes: REASON,
      phase: "export",
      previous: { "beds.phv_adult_total": 103 },
    });
    expect(report.ok).toBe(true);
    expect(found(report)).toEqual(["plan_differs_from_reported@capacity_plan.phv_adult_2026:info"]);
    const [issue] = report.issues;
    if (!issue) throw new Error("no issue");
    // Beside a workbook's own "i fjor" cells: the sheet and the year before the plan's.
    expect(describeIssue(issue, "nb")).toBe(
      "Planen starter på 110; «PHV voksne, i alt» på arket Døgnplasser var 103 for 2024 (+7).",
    );
  });

  it("names last year's package by its file and year, never a sheet the beds were not read from", () => {
    const previousFrom = [{ year: 2024, file: "telemark-2024.hso.json", templates: ["beds"] }];
    const report = judge(TELEMARK, {
      notes: REASON,
      previous: { "beds.phv_adult_total": 103 },
      previousFrom,
    });
    const [issue] = report.issues;
    if (!issue) throw new Error("no issue");
    expect(describeIssue(issue, "nb")).toBe(
      "Planen starter på 110; «PHV voksne, i alt» i telemark-2024.hso.json var 103 for 2024 (+7).",
    );
    expect(describeIssue(issue, "en")).toBe(
      "The plan starts at 110; “Adult mental health, total” in telemark-2024.hso.json was 103 for 2024 (+7).",
    );
    // A staffing package of last year is not where the beds came from: back to the sheet's words.
    const staffingOnly = [{ year: 2024, file: "telemark-bemanning-2024.hso.json", templates: ["staffing"] }];
    const other = judge(TELEMARK, { previous: { "beds.phv_adult_total": 103 }, previousFrom: staffingOnly });
    const planIssue = other.issues.find((entry) => entry.code === "plan_differs_from_reported");
    expect(planIssue && describeIssue(planIssue, "nb")).toContain("på arket Døgnplasser var 103 for 2024");
  });

  it("requires the adult plan and notes blank PHBU or TSB years as not given", () => {
    const { "capacity_plan.phv_adult_2030": _adult, "capacity_plan.tsb_2030": _tsb, ...partial } = TELEMARK;
    expect(found(judge(partial, { notes: REASON }))).toEqual([
      "required_missing@capacity_plan.phv_adult_2030:error",
      "value_missing@capacity_plan.tsb_2030:info",
    ]);
  });

  it("is asked of the trusts from 2025, not of Sunnaas, and not of the RHF's agreement management", () => {
    expect(templatesAskedIn(2024)).not.toContain("capacity_plan");
    expect(templatesAskedIn(2025)).toContain("capacity_plan");
    const unit = (org: string) => {
      const found = findUnit(org);
      if (!found) throw new Error(org);
      return found;
    };
    expect(expectsTemplate(unit(TELEMARK_ORG), "capacity_plan")).toBe(true);
    expect(expectsTemplate(unit("883971752"), "capacity_plan")).toBe(false);
    expect(expectsTemplate(unit("991324968"), "capacity_plan")).toBe(false);
    const rhf = judge({ ...TELEMARK, "capacity_plan.unit_org": "991324968" }, { notes: REASON });
    expect(found(rhf).filter((entry) => entry.startsWith("field_not_asked"))).toHaveLength(21);
    // Sunnaas has no mental-health beds: a plan from it would be summed while status calls it not expected.
    const sunnaas = judge({ ...TELEMARK, "capacity_plan.unit_org": "883971752" }, { notes: REASON });
    expect(found(sunnaas).filter((entry) => entry.startsWith("field_not_asked"))).toHaveLength(21);
    expect(sunnaas.ok).toBe(false);
  });

  it("judges a package the same way, with last year's beds package for the first year", () => {
    const pkg = buildPackage({
      unit: { org: TELEMARK_ORG, name: "Sykehuset Telemark HF" },
      year: 2025,
      templates: { capacity_plan: CAPACITY_PLAN.version },
      values: TELEMARK as Record<string, number | string>,
      notes: REASON,
    });
    const beds = buildPackage({
      unit: { org: TELEMARK_ORG, name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { beds: "2025.1" },
      values: { "beds.phv_adult_total": 103 },
    });
    const report = validate(inputFromPackage(pkg, beds), { templates: ["capacity_plan"], phase: "export" });
    expect(found(report)).toEqual(["plan_differs_from_reported@capacity_plan.phv_adult_2026:info"]);
  });
});

describe("the capacity_plan sheet", () => {
  const plan = planSheet(CAPACITY_PLAN, { unit: TELEMARK_ORG, year: 2025 });
  const cells = new Map(plan.cells.map((cell) => [cell.name ?? cell.address, cell]));
  const row = (id: string) => Number(findField(id)?.cell.value.slice(1));

  it("reads as service area × year: one section per area, its years down the rows in order", () => {
    expect(CAPACITY_PLAN.sections.map((section) => section.title.nb)).toEqual([
      "PHV voksne: planlagte døgnplasser",
      "PHBU: planlagte døgnplasser",
      "TSB: planlagte døgnplasser",
    ]);
    for (const area of AREAS) {
      const rows = YEARS.map((year) => row(`capacity_plan.${area}_${year}`));
      expect(rows).toEqual(rows.map((_, index) => (rows[0] ?? 0) + index));
    }
  });

  it("shows the plan's year before and the change beside each later year, locked, and a reason cell", () => {
    const r27 = row("capacity_plan.phv_adult_2027");
    expect(cells.get(`D${r27}`)).toMatchObject({
      formula: `IF(C${r27 - 1}="","",C${r27 - 1})`,
      locked: true,
    });
    expect(cells.get(`E${r27}`)).toMatchObject({
      formula: `IF(OR(C${r27}="",D${r27}=""),"",C${r27}-D${r27})`,
    });
    expect(cells.get("note.capacity_plan.phv_adult_2027")).toMatchObject({
      address: `F${r27}`,
      locked: false,
    });
    expect(cells.get("note.capacity_plan.phv_adult_2026")).toBeDefined();
    expect(cells.get("prev.capacity_plan.phv_adult_2026")).toBeUndefined();
    expect(cells.get("capacity_plan.tsb_2032")?.validation).toMatchObject({ type: "decimal", min: 0 });
  });

  it("fills in the unit and the year the plan is made, and says its own threshold", () => {
    expect(cells.get("capacity_plan.unit_org")?.value).toBe(TELEMARK_ORG);
    expect(cells.get("capacity_plan.year")?.value).toBe(2025);
    expect(cells.get("A2")?.value).toContain("minst 5 plasser fra året før i planen");
  });
});
