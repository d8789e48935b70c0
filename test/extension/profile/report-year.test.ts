import { describe, expect, it } from "vitest";
import { formProfileSchema, type Locator } from "../../../extension/profile/form-profile";
import { locatorsForYear, markReportYear, profileForYear } from "../../../extension/profile/report-year";

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

  it("an administrator's locator without the mark is matched as written, any year", () => {
    const written: Locator[] = [{ kind: "label", label: "Antall 2025" }];
    expect(locatorsForYear("beds.tsb_total", written, 2026)).toEqual(written);
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
