import { describe, expect, it } from "vitest";
import {
  allFields,
  findField,
  TEMPLATE_IDS,
  TEMPLATES,
  templateOf,
  templatesAskedIn,
} from "../../../shared/templates/catalogue";
import { noteName, previousName } from "../../../shared/templates/names";

/** The minimum catalogues (docs/package.md, docs/domain.md): other tools rely on these ids exactly as spelled. */
const DESIGN_IDS = [
  "beds.unit_org",
  "beds.year",
  "beds.count_date",
  "beds.phv_adult_hospital",
  "beds.phv_adult_dps",
  "beds.phv_adult_total",
  "beds.phbu_total",
  "beds.tsb_total",
  "beds.temporarily_closed",
  "staffing.unit_org",
  "staffing.year",
  ...[
    "lis3_phbu",
    "lis3_phv_adult",
    "senior_consultants",
    "psychologists",
    "psychologist_specialists",
  ].flatMap((name) => [`staffing.${name}_headcount`, `staffing.${name}_fte`]),
  "staffing.sick_leave_pct",
];

describe("the field catalogue", () => {
  it("holds every id of the contract, exactly as spelled", () => {
    expect(DESIGN_IDS.filter((id) => findField(id) === undefined)).toEqual([]);
  });

  it("gives every field an id <template>.<snake_case>, labels and help in nb and en", () => {
    for (const field of allFields()) {
      expect(field.id).toMatch(new RegExp(`^(${TEMPLATE_IDS.join("|")})\\.[a-z][a-z0-9_]*$`));
      expect(templateOf(field.id)).toBe(field.template);
      for (const words of [field.label, field.help]) {
        expect(words.nb.trim(), field.id).not.toBe("");
        expect(words.en.trim(), field.id).not.toBe("");
      }
    }
  });

  it("places each field in its own cell, with last year's twin and explanation beside compared figures", () => {
    for (const id of TEMPLATE_IDS) {
      const cells = TEMPLATES[id].fields.flatMap((field) => [
        field.cell.value,
        field.cell.previous,
        field.cell.note,
      ]);
      const used = cells.filter((cell) => cell !== undefined);
      expect(new Set(used).size, id).toBe(used.length);
      for (const field of TEMPLATES[id].fields.filter((candidate) => candidate.compared)) {
        expect(field.cell.previous, field.id).toBeDefined();
        expect(field.cell.note, field.id).toBeDefined();
      }
    }
    expect(previousName("beds.phv_adult_total")).toBe("prev.beds.phv_adult_total");
    expect(noteName("beds.phv_adult_total")).toBe("note.beds.phv_adult_total");
  });

  it("builds totals and inclusions only from fields of the same template, and FTE twins from headcounts", () => {
    for (const field of allFields()) {
      for (const part of [...(field.parts ?? []), ...(field.includes ?? [])]) {
        expect(findField(part)?.template, `${field.id} → ${part}`).toBe(field.template);
      }
      if (field.kind === "fte") expect(findField(field.headcount ?? "")?.kind, field.id).toBe("headcount");
    }
  });

  it("makes beds step 0.5, headcounts whole and FTE hundredths, and bounds percentages to 0–100", () => {
    expect(findField("beds.phv_adult_total")?.step).toBe(0.5);
    expect(findField("staffing.psychologists_headcount")?.step).toBe(1);
    expect(findField("staffing.psychologists_fte")?.step).toBe(0.01);
    expect(findField("staffing.sick_leave_pct")).toMatchObject({ min: 0, max: 100 });
  });
});

describe("aliases", () => {
  it("carries the names forms use besides the label ('LIS3 (BUP)', 'Sykefravær (%)')", () => {
    expect(findField("staffing.lis3_phbu_headcount")?.aliases?.nb).toContain("LIS3 (BUP), personer");
    expect(findField("staffing.lis3_phbu_fte")?.aliases?.nb).toContain("LIS3 (BUP), årsverk");
    expect(findField("staffing.sick_leave_pct")?.aliases?.nb).toContain("Sykefravær (%)");
  });

  it("never gives two fields the same name: an alias equal to another field's label or alias is a clash", () => {
    const owners = new Map<string, string[]>();
    for (const field of allFields()) {
      const names = [
        field.label.nb,
        field.label.en,
        ...(field.aliases?.nb ?? []),
        ...(field.aliases?.en ?? []),
      ];
      for (const name of new Set(names.map((text) => text.toLowerCase()))) {
        owners.set(name, [...(owners.get(name) ?? []), field.id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => new Set(ids.map((id) => id.split(".")[1])).size > 1);
    expect(shared).toEqual([]);
  });
});

describe("templatesAskedIn", () => {
  it("asks every template without a first year in any year, in workbook order", () => {
    expect(templatesAskedIn(2020)).toEqual(
      TEMPLATE_IDS.filter((id) => TEMPLATES[id].firstYear === undefined),
    );
    expect(templatesAskedIn(2100)).toEqual(TEMPLATE_IDS);
  });

  it("leaves a template out before its first year", () => {
    for (const id of TEMPLATE_IDS) {
      const first = TEMPLATES[id].firstYear;
      if (first === undefined) continue;
      expect(templatesAskedIn(first - 1)).not.toContain(id);
      expect(templatesAskedIn(first)).toContain(id);
    }
  });
});
