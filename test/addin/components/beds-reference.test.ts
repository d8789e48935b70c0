import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../../addin/adapter/workbook-adapter";
import { type BedsReference, withBedsReference } from "../../../addin/components/beds-reference";
import { checkBedsPackage } from "../../../addin/components/beds-reference-check";
import { BEDS_WORDS } from "../../../addin/components/beds-reference-words";
import { needsBedsReference } from "../../../addin/components/needs-beds-reference";
import { judge } from "../../../addin/components/validation-loop";
import { describeIssue } from "../../../addin/i18n/pane-messages";
import { parsePackage } from "../../../shared/package/parse-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";

const TELEMARK = "983975267";
const PACKAGES = resolve(import.meta.dirname, "../../../examples/packages");

function example(file: string): SubmissionPackage {
  const parsed = parsePackage(readFileSync(resolve(PACKAGES, file), "utf8"));
  if (!parsed.ok) throw new Error(file);
  return parsed.package;
}

/** A capacity plan workbook as a pass reads it: Telemark's plan made in 2025, 110 beds in 2026. */
function planWorkbook(values: Record<string, unknown> = {}): WorkbookSnapshot {
  return {
    templates: ["capacity_plan"],
    cells: { "capacity_plan.phv_adult_2026": "Kapasitetsplan!C8" },
    input: {
      values: {
        "capacity_plan.unit_org": TELEMARK,
        "capacity_plan.year": 2025,
        "capacity_plan.phv_adult_2026": 110,
        ...values,
      } as WorkbookSnapshot["input"]["values"],
      cells: { "capacity_plan.phv_adult_2026": "Kapasitetsplan!C8" },
    },
  };
}

const IDENTITY = { org: TELEMARK, year: 2025, templates: ["capacity_plan"] as const };
const say = (check: ReturnType<typeof checkBedsPackage>) =>
  check.kind === "refuse" ? BEDS_WORDS.nb[check.word](check.params) : "";

describe("last year's beds for a capacity plan without the beds sheet", () => {
  it("is asked for only when the workbook has a plan and no beds sheet", () => {
    expect(needsBedsReference(["capacity_plan"])).toBe(true);
    expect(needsBedsReference(["beds", "capacity_plan"])).toBe(false);
    expect(needsBedsReference(["activity", "plan_status"])).toBe(false);
  });

  it("uses the unit's package of the year before the plan's, its beds only", () => {
    const check = checkBedsPackage(example("telemark-2024.hso.json"), "telemark-2024.hso.json", IDENTITY);
    expect(check).toEqual({
      kind: "use",
      reference: {
        file: "telemark-2024.hso.json",
        org: TELEMARK,
        year: 2024,
        planYear: 2025,
        values: { "beds.phv_adult_total": 103 },
      },
    });
  });

  it("refuses a package of another unit, naming both from the registry", () => {
    const check = checkBedsPackage(example("akershus-2024.hso.json"), "akershus-2024.hso.json", IDENTITY);
    expect(say(check)).toBe(
      "akershus-2024.hso.json gjelder Akershus universitetssykehus HF (983 971 636), men arbeidsboken er for Sykehuset Telemark HF (983 975 267). Døgnplassene er ikke brukt.",
    );
  });

  it("asks about another year, naming unit and years", () => {
    const check = checkBedsPackage(example("telemark-2023.hso.json"), "telemark-2023.hso.json", IDENTITY);
    expect(check.kind === "use" && check.ask).toEqual({
      file: "telemark-2023.hso.json",
      unit: "Sykehuset Telemark HF (983 975 267)",
      year: 2023,
      expected: 2024,
      planYear: 2025,
    });
  });

  it("refuses a package without beds (staffing), and a workbook that does not say its unit or year", () => {
    const staffing = example("telemark-bemanning-2024.hso.json");
    expect(say(checkBedsPackage(staffing, "s.hso.json", IDENTITY))).toBe(
      "s.hso.json (Sykehuset Telemark HF (983 975 267), 2024) har ingen døgnplasser å sammenligne planen med.",
    );
    const beds = example("telemark-2024.hso.json");
    expect(checkBedsPackage(beds, "b", { templates: ["capacity_plan"], year: 2025 })).toMatchObject({
      kind: "refuse",
      word: "noUnit",
    });
    expect(checkBedsPackage(beds, "b", { templates: ["capacity_plan"], org: TELEMARK })).toMatchObject({
      kind: "refuse",
      word: "noYear",
    });
  });

  it("sets the plan's first year beside the loaded beds, naming the file and year, while the workbook is the unit's plan of that year", () => {
    const reference: BedsReference = {
      file: "telemark-2024.hso.json",
      org: TELEMARK,
      year: 2024,
      planYear: 2025,
      values: { "beds.phv_adult_total": 103 },
    };
    expect(judge(planWorkbook(), "edit").issues.map((issue) => issue.code)).not.toContain(
      "plan_differs_from_reported",
    );
    const judged = judge(withBedsReference(planWorkbook(), reference), "edit");
    const info = judged.issues.find((issue) => issue.code === "plan_differs_from_reported");
    expect(info && { severity: info.severity, cell: info.cell, text: describeIssue(info, "nb") }).toEqual({
      severity: "info",
      cell: "Kapasitetsplan!C8",
      text: "Planen starter på 110; «PHV voksne, i alt» i telemark-2024.hso.json var 103 for 2024 (+7).",
    });
    // Another unit or plan year typed since: the beds are not used (never set beside another unit's plan).
    const other = withBedsReference(planWorkbook({ "capacity_plan.unit_org": "983971636" }), reference);
    expect(other.input.previous).toBeUndefined();
    const later = withBedsReference(planWorkbook({ "capacity_plan.year": 2026 }), reference);
    expect(later.input.previous).toBeUndefined();
  });
});
