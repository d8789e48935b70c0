import { describe, expect, it } from "vitest";
import { BEDS } from "../../../shared/templates/beds";
import { TEMPLATE_IDS, TEMPLATES } from "../../../shared/templates/catalogue";
import { noteName, previousName } from "../../../shared/templates/names";
import { planSheet } from "../../../shared/templates/sheet-plan";

describe("planSheet", () => {
  it.each(TEMPLATE_IDS)("names every %s field at its catalogue cell", (id) => {
    const template = TEMPLATES[id];
    const plan = planSheet(template);
    const byName = new Map(plan.cells.filter((cell) => cell.name).map((cell) => [cell.name, cell]));
    expect(plan.sheet).toBe(template.sheet);
    for (const field of template.fields) {
      expect(byName.get(field.id)?.address).toBe(field.cell.value);
      if (field.cell.previous) expect(byName.get(previousName(field.id))?.address).toBe(field.cell.previous);
      if (field.cell.note) expect(byName.get(noteName(field.id))?.address).toBe(field.cell.note);
    }
  });

  it.each(TEMPLATE_IDS)("puts each %s cell at one address only", (id) => {
    const addresses = planSheet(TEMPLATES[id]).cells.map((cell) => cell.address);
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it("leaves inputs and notes unlocked with prompts, locks labels and formulas", () => {
    const plan = planSheet(BEDS);
    for (const cell of plan.cells) {
      const editable = cell.style === "input" || (cell.style === "note" && cell.name !== undefined);
      expect(cell.locked, cell.address).toBe(!editable);
      if (editable) expect(cell.validation?.prompt.nb.length, cell.address).toBeGreaterThan(0);
      if (editable) expect(cell.validation?.prompt.en.length, cell.address).toBeGreaterThan(0);
    }
  });

  it("makes totals formulas and computes the change as C − D", () => {
    const cells = new Map(planSheet(BEDS).cells.map((cell) => [cell.address, cell]));
    expect(cells.get("C9")?.formula).toContain("SUM(C7:C8)");
    expect(cells.get("C9")?.style).toBe("formula");
    expect(cells.get("E9")?.formula).toBe('IF(OR(C9="",D9=""),"",C9-D9)');
    expect(cells.get("C7")?.validation).toMatchObject({ type: "decimal", min: 0 });
  });

  it("fills unit, year and last year's figures when given", () => {
    const plan = planSheet(BEDS, {
      unit: "983975267",
      unitName: "Sykehuset Telemark HF",
      year: 2024,
      previous: { "beds.phv_adult_total": 108 },
    });
    const cells = new Map(plan.cells.map((cell) => [cell.name ?? cell.address, cell]));
    expect(cells.get("beds.unit_org")?.value).toBe("983975267");
    expect(cells.get("beds.year")?.value).toBe(2024);
    expect(cells.get("prev.beds.phv_adult_total")?.value).toBe(108);
    expect(cells.get("D3")?.value).toBe("Sykehuset Telemark HF");
  });

  it("records the year of last year's column beside the reporting year, and its heading says it (A4)", () => {
    const plan = planSheet(BEDS, {
      year: 2025,
      previous: { "beds.phv_adult_total": 108 },
      previousYear: 2020,
    });
    const cells = new Map(plan.cells.map((cell) => [cell.name ?? cell.address, cell]));
    expect(cells.get("prev.beds.year")).toMatchObject({ address: "D4", value: 2020, locked: true });
    expect(cells.get("D6")?.formula).toBe(
      'IF(OR(D4="",D4=C4-1),"I fjor / Last year","Tall fra "&D4&" / Figures of "&D4)',
    );
    // The year is no figure: no change is computed for it.
    expect(cells.get("E4")).toBeUndefined();
  });

  it("a capacity plan, which has no last year's column, records no year of it", () => {
    const plan = planSheet(TEMPLATES.capacity_plan);
    expect(plan.cells.some((cell) => cell.name === "prev.capacity_plan.year")).toBe(false);
    expect(plan.cells.find((cell) => cell.address === "D6")?.formula).toBeUndefined();
  });

  it("leaves identity cells empty without a fill", () => {
    const cells = new Map(planSheet(BEDS).cells.map((cell) => [cell.name ?? cell.address, cell]));
    expect(cells.get("beds.unit_org")?.value).toBeUndefined();
    expect(cells.get("prev.beds.phv_adult_total")?.value).toBeUndefined();
  });
});

describe("the plan is all a renderer needs", () => {
  it("carries each cell's look and number format, so writers only translate", () => {
    const cells = new Map(planSheet(BEDS).cells.map((cell) => [cell.name ?? cell.address, cell]));
    expect(cells.get("beds.unit_org")).toMatchObject({ numberFormat: "@", look: { fill: "#FFF2CC" } });
    expect(cells.get("beds.count_date")?.numberFormat).toBe("dd.mm.yyyy");
    expect(cells.get("beds.phv_adult_total")?.look).toMatchObject({ bold: true, fill: "#DDEBF7" });
    expect(cells.get("note.beds.phv_adult_total")?.look.fill).toBe("#FFF2CC");
    expect(cells.get("A1")?.look).toMatchObject({ bold: true, size: 14 });
  });

  it("carries the final bilingual prompt and error texts within Excel's limits", () => {
    for (const cell of planSheet(BEDS).cells) {
      if (!cell.validation) continue;
      expect(cell.validation.promptText.length, cell.address).toBeLessThanOrEqual(255);
      expect(cell.validation.errorText.length, cell.address).toBeLessThanOrEqual(225);
      expect(cell.validation.promptText).toContain("\n");
      expect(cell.validation.errorTitle).toBe("Ugyldig verdi / Invalid value");
    }
  });

  it("heads column D with what it holds: last year, or in a plan the plan's year before (adversary A8)", () => {
    const d6 = (id: (typeof TEMPLATE_IDS)[number]) =>
      planSheet(TEMPLATES[id]).cells.find((cell) => cell.address === "D6");
    const heading = (id: (typeof TEMPLATE_IDS)[number]) => d6(id)?.value ?? d6(id)?.formula;
    // "I fjor" while the year recorded in D4 is the year before (A4: "Tall fra 2020" otherwise).
    expect(heading("beds")).toMatch(/^IF\(OR\(D4="",D4=C4-1\),"I fjor \/ Last year",/);
    expect(heading("activity")).toMatch(/^IF\(OR\(D4="",D4=C4-1\),"I fjor \/ Last year",/);
    expect(heading("capacity_plan")).toBe("Året før i planen / The plan's year before");
  });

  it("asks a plan's first year for a reason against the beds last reported, not last year (adversary A8)", () => {
    const prompts = new Map(
      planSheet(TEMPLATES.capacity_plan).cells.map((cell) => [cell.name, cell.validation?.prompt]),
    );
    const first = prompts.get(noteName("capacity_plan.phv_adult_2026"));
    expect(first?.nb).toBe("Begrunn gjerne forskjellen fra sist rapporterte døgnplasser (ikke påkrevd).");
    expect(first?.en).toBe(
      "A reason for the difference from the beds last reported, if you wish (not required).",
    );
    const later = prompts.get(noteName("capacity_plan.phv_adult_2027"));
    expect(later?.nb).toMatch(/fra året før i planen/);
    for (const prompt of [first, later])
      expect(`${prompt?.nb} ${prompt?.en}`).not.toMatch(/i fjor|last year/);
  });
});
