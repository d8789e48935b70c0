import { describe, expect, it } from "vitest";
import { formProfileSchema, type Locator } from "../../../extension/profile/form-profile";
import {
  locatorsForYear,
  markReportYear,
  profileForYear,
  yearTwin,
} from "../../../extension/profile/report-year";

// A field picked under the column "2025" is recorded with the report's year its texts were read
// in, and looked for under "2026" in 2026's report: last year's "2025" column is never its.
const PICKED: Locator[] = [
  { kind: "label", label: "Antall døgnplasser", section: "2025 › Voksne – DPS" },
  { kind: "role", role: "textbox", name: "Antall døgnplasser 2025" },
  { kind: "name", name: "dps_2025" },
  {
    kind: "css",
    path: "#skjema > td:nth-of-type(2) > input",
    label: "Antall døgnplasser",
    section: "2025 › Voksne – DPS",
  },
];

describe("recording the report's year of a picked field", () => {
  it("the page's year marks every locator whose texts a year can be in; a name or id stays as it is", () => {
    const marked = markReportYear(PICKED, 2025);
    expect(marked.map((locator) => ("year" in locator ? locator.year : undefined))).toEqual([
      2025,
      2025,
      undefined,
      2025,
    ]);
    expect(marked[2]).toEqual({ kind: "name", name: "dps_2025" });
  });

  it("a page naming no year: the one year the field's texts name", () => {
    expect(markReportYear(PICKED).every((locator) => locator.kind === "name" || "year" in locator)).toBe(
      true,
    );
  });

  it("no year in the texts, or two years on a page that names none: recorded as it reads", () => {
    const plain: Locator[] = [{ kind: "label", label: "TSB, i alt" }];
    expect(markReportYear(plain, 2025)).toEqual(plain);
    const two: Locator[] = [{ kind: "label", label: "Endring fra 2024", section: "2025" }];
    expect(markReportYear(two)).toEqual(two);
    expect(markReportYear(two, 2025)).toEqual([{ ...two[0], year: 2025 }]);
  });
});

describe("reading a marked field for a report's year", () => {
  const marked = markReportYear(PICKED, 2025);

  it("next year: every year of the texts one later; the mark is not sent on", () => {
    expect(locatorsForYear("beds.phv_adult_dps", marked, 2026)).toEqual([
      { kind: "label", label: "Antall døgnplasser", section: "2026 › Voksne – DPS" },
      { kind: "role", role: "textbox", name: "Antall døgnplasser 2026" },
      { kind: "name", name: "dps_2025" },
      {
        kind: "css",
        path: PICKED[3]?.kind === "css" ? PICKED[3].path : "",
        label: "Antall døgnplasser",
        section: "2026 › Voksne – DPS",
      },
    ]);
  });

  it("the year it was picked for: as recorded; a year before: one earlier", () => {
    expect(locatorsForYear("beds.phv_adult_dps", marked, 2025)).toEqual(PICKED);
    const [label] = locatorsForYear("beds.phv_adult_dps", marked, 2024);
    expect(label).toEqual({ kind: "label", label: "Antall døgnplasser", section: "2024 › Voksne – DPS" });
  });

  it("last year's column named relative to this year stays last year's ('2024 (i fjor)' → '2025 (i fjor)')", () => {
    const old = markReportYear([{ kind: "label", label: "Forklaring", section: "2024 (i fjor)" }], 2025);
    expect(locatorsForYear("note.beds.x", old, 2026)).toEqual([
      { kind: "label", label: "Forklaring", section: "2025 (i fjor)" },
    ]);
  });

  it("a field whose id names its own year (a capacity plan's 2029) keeps its column's year", () => {
    const plan = markReportYear([{ kind: "label", label: "PHV voksne", section: "Planlagt 2029" }], 2025);
    expect(locatorsForYear("capacity_plan.phv_adult_2029", plan, 2026)).toEqual([
      { kind: "label", label: "PHV voksne", section: "Planlagt 2029" },
    ]);
  });

  it("an administrator's locator without the mark is matched as written, any year, its twin for this year beside it", () => {
    const written: Locator[] = [{ kind: "label", label: "Antall 2025" }];
    expect(locatorsForYear("beds.tsb_total", written, 2026)).toEqual([
      ...written,
      { kind: "label", label: "Antall 2026" },
    ]);
    expect(locatorsForYear("beds.tsb_total", written, 2025)).toEqual(written);
  });

  it("a whole profile: the schema takes the mark, and every field is read for the year", () => {
    const profile = formProfileSchema.parse({
      name: "Døgnplasser",
      urlPattern: "https://intranett.example.no/skjema/*",
      fields: { "beds.phv_adult_dps": { locators: marked, order: 2 } },
    });
    const next = profileForYear(profile, 2026);
    expect(next.fields["beds.phv_adult_dps"]?.order).toBe(2);
    expect(next.fields["beds.phv_adult_dps"]?.locators[0]).toEqual({
      kind: "label",
      label: "Antall døgnplasser",
      section: "2026 › Voksne – DPS",
    });
    expect(
      formProfileSchema.safeParse({
        ...profile,
        fields: { "beds.x": { locators: [{ kind: "name", name: "a", year: 2025 }] } },
      }).success,
    ).toBe(false);
  });
});

// A locator saved without its year (adversary-6 D16: the options page dropped it) that names one
// other year: kept as written, and looked for under this report's year beside it, so a page with
// both columns has the two find different fields and the fill refuses (locators_disagree).
describe("an unmarked locator naming another year", () => {
  const pointed: Locator[] = [
    { kind: "label", label: "Leger i alt, personer", section: "2024" },
    {
      kind: "css",
      path: "tbody > tr:nth-of-type(1) > td:nth-of-type(2) > input",
      label: "Leger i alt, personer",
      section: "2024",
    },
  ];

  it("a label or role naming one year not the package's: its twin with the package's year", () => {
    expect(yearTwin(pointed[0] as Locator, 2025)).toEqual({
      kind: "label",
      label: "Leger i alt, personer",
      section: "2025",
    });
    expect(yearTwin({ kind: "role", role: "textbox", name: "Leger 2024" }, 2023)).toEqual({
      kind: "role",
      role: "textbox",
      name: "Leger 2023",
    });
  });

  it("no twin: the package's own year, no year, two years, a CSS path, a name, an id", () => {
    expect(yearTwin(pointed[0] as Locator, 2024)).toBeUndefined();
    expect(yearTwin({ kind: "label", label: "Leger i alt" }, 2025)).toBeUndefined();
    expect(yearTwin({ kind: "label", label: "Endring", section: "2023 › 2024" }, 2025)).toBeUndefined();
    expect(yearTwin(pointed[1] as Locator, 2025)).toBeUndefined();
    expect(yearTwin({ kind: "name", name: "leger_2024" }, 2025)).toBeUndefined();
    expect(yearTwin({ kind: "id", id: "leger-2024" }, 2025)).toBeUndefined();
  });

  it("the field's locators: each as written, the twin right after its own", () => {
    expect(locatorsForYear("staffing.physicians_headcount", pointed, 2025)).toEqual([
      pointed[0],
      { kind: "label", label: "Leger i alt, personer", section: "2025" },
      pointed[1],
    ]);
    expect(locatorsForYear("staffing.physicians_headcount", pointed, 2024)).toEqual(pointed);
  });

  it("a field whose id names its own year gets no twin ('Planlagt 2029' is the plan's 2029)", () => {
    const plan: Locator[] = [{ kind: "label", label: "PHV voksne", section: "Planlagt 2029" }];
    expect(locatorsForYear("capacity_plan.phv_adult_2029", plan, 2025)).toEqual(plan);
  });
});
