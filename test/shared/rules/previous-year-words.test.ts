import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../shared/messages/describe";
import { validate } from "../../../shared/report/validate";
import type { ValidationInput } from "../../../shared/report/validation-input";
import type { TemplateId } from "../../../shared/templates/field";

/**
 * Adversary A4: a package of 2020 used as the previous one for a 2025 workbook. The workbook records the
 * year of its `prev.` cells (`prev.<template>.year`); the comparisons name that year, and say "i fjor"
 * only for the year before (or where no year is recorded, as in workbooks made before it was).
 */
function words(input: ValidationInput, templates: TemplateId[], code: string): string[] {
  const report = validate(input, { templates, phase: "edit" });
  return report.issues
    .filter((issue) => issue.code === code)
    .flatMap((issue) => [describeIssue(issue, "nb"), describeIssue(issue, "en")]);
}

const BEDS = (previousYear?: number): ValidationInput => ({
  values: {
    "beds.unit_org": "983975267",
    "beds.year": 2025,
    "beds.phv_adult_hospital": 60,
    "beds.phv_adult_dps": 43,
    "beds.phv_adult_total": 103,
  },
  previous: {
    "beds.phv_adult_total": 108,
    ...(previousYear === undefined ? {} : { "beds.year": previousYear }),
  },
});

const STATUS = "plan_status.children_24_7";
const PLAN = (previousYear?: number): ValidationInput => ({
  values: { "plan_status.unit_org": "983975267", "plan_status.year": 2025, [STATUS]: "under arbeid" },
  previous: {
    [STATUS]: "på plass",
    ...(previousYear === undefined ? {} : { "plan_status.year": previousYear }),
  },
});

describe("the comparisons name the year of the previous figures (A4)", () => {
  it("a change against 2020's figure says 2020, not 'i fjor' / 'last year'", () => {
    const [nb, en] = words(BEDS(2020), ["beds"], "change_unexplained");
    expect(nb).toMatch(/^Endring fra 108 i 2020 til 103 \(−5|^Endring fra 108 i 2020 til 103 \(-5/);
    expect(nb).not.toContain("i fjor");
    expect(en).toMatch(/^The change from 108 in 2020 to 103/);
    expect(en).not.toContain("last year");
  });

  it("passes: last year's figure (2024 for 2025) is still 'i fjor' / 'last year'", () => {
    const [nb, en] = words(BEDS(2024), ["beds"], "change_unexplained");
    expect(nb).toMatch(/^Endring fra 108 i fjor til 103/);
    expect(en).toMatch(/^The change from 108 last year to 103/);
  });

  it("passes: a workbook that records no year (made before it was recorded) says 'i fjor'", () => {
    const [nb] = words(BEDS(), ["beds"], "change_unexplained");
    expect(nb).toMatch(/^Endring fra 108 i fjor til 103/);
  });

  it("a status that went back from 2021's says 2021", () => {
    const [nb, en] = words(PLAN(2021), ["plan_status"], "status_went_back");
    expect(nb).toBe(
      "Status har gått tilbake fra «på plass» i 2021 til «under arbeid»; skriv en kommentar om hvorfor.",
    );
    expect(en).toBe('The status went back from "in place" in 2021 to "in progress"; write a comment on why.');
  });

  it("passes: a status that went back from last year's says 'i fjor'", () => {
    const [nb, en] = words(PLAN(2024), ["plan_status"], "status_went_back");
    expect(nb).toContain("«på plass» i fjor til");
    expect(en).toContain('"in place" last year to');
  });

  it("last year's packages name their own year (previousFrom), over what the cells record", () => {
    const input = {
      ...BEDS(2024),
      previousFrom: [{ year: 2022, file: "telemark-2022.hso.json", templates: ["beds"] }],
    };
    const [nb] = words(input, ["beds"], "change_unexplained");
    expect(nb).toMatch(/^Endring fra 108 i 2022 til/);
  });

  it("the year stays in the issue's data: params.previousYear 2020, null for last year's", () => {
    const of = (input: ValidationInput) =>
      validate(input, { templates: ["beds"], phase: "edit" }).issues.find(
        (issue) => issue.code === "change_unexplained",
      )?.params;
    expect(of(BEDS(2020))).toMatchObject({ previousYear: 2020 });
    expect(of(BEDS(2024))).toMatchObject({ previousYear: null });
  });
});
