import { describe, expect, it } from "vitest";
import { withPlanYearNames } from "../../../extension/background/plan-year-names";
import type { FigureToFill } from "../../../extension/content/content-api";
import { findFillField } from "../../../extension/fill-fields";

function figure(id: string): FigureToFill {
  const field = findFillField(id);
  if (field === undefined) throw new Error(`unknown field ${id}`);
  const { shown: _shown, ...names } = field;
  return { ...names, value: 1 };
}

describe("a plan's later years are named by area, plan and year (docs/extension.md, Capacity plans)", () => {
  it("a year after the plan's own: the template's name and the sheet section's words with the year", () => {
    const [named] = withPlanYearNames([figure("capacity_plan.phv_adult_2027")], 2025);
    expect(named?.aliases).toEqual({
      nb: ["PHV voksne, Kapasitetsplan 2027", "PHV voksne: planlagte døgnplasser 2027"],
      en: ["Adult mental health, Capacity plan 2027", "Adult mental health: planned beds 2027"],
    });
  });

  it("the plan's own year or an earlier one, a request without a year, and any other figure: as they were", () => {
    const plan = figure("capacity_plan.tsb_2026");
    const beds = figure("beds.phv_adult_total");
    expect(withPlanYearNames([plan], 2026)).toEqual([plan]);
    expect(withPlanYearNames([plan], 2027)).toEqual([plan]);
    expect(withPlanYearNames([plan], undefined)).toEqual([plan]);
    expect(withPlanYearNames([beds], 2025)).toEqual([beds]);
  });

  it("names once, however often the request is read", () => {
    const once = withPlanYearNames([figure("capacity_plan.phbu_2030")], 2025);
    expect(withPlanYearNames(once, 2025)).toEqual(once);
  });
});
