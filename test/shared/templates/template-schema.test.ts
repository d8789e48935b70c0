import { describe, expect, it } from "vitest";
import { templateValuesSchema, valuesSchema } from "../../../shared/templates/template-schema";

describe("template value schemas (zod)", () => {
  it("accept a template's values with the JSON type each kind has", () => {
    const result = templateValuesSchema("beds").safeParse({
      "beds.unit_org": "983975267",
      "beds.year": 2024,
      "beds.count_date": "2024-11-20",
      "beds.phv_adult_total": 103,
      "beds.tsb_total": 20.5,
    });
    expect(result.success).toBe(true);
  });

  it.each([
    [{ "beds.phv_adult_total": "103" }, "beds.phv_adult_total"],
    [{ "beds.unit_org": 983975267 }, "beds.unit_org"],
    [{ "beds.unit_org": "98397526" }, "beds.unit_org"],
    [{ "beds.year": 2024.5 }, "beds.year"],
    [{ "beds.count_date": "20.11.2024" }, "beds.count_date"],
    [{ "beds.phv_adult_totl": 1 }, ""],
  ])("refuse %j at %s", (values, path) => {
    const result = templateValuesSchema("beds").safeParse(values);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe(path);
  });

  it("combine templates and refuse a field of a template that is not included", () => {
    expect(valuesSchema(["beds", "staffing"]).safeParse({ "staffing.sick_leave_pct": 6.4 }).success).toBe(
      true,
    );
    expect(valuesSchema(["beds"]).safeParse({ "staffing.sick_leave_pct": 6.4 }).success).toBe(false);
  });
});
