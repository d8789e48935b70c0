import { describe } from "vitest";
import { planFirstYearAgainstBeds } from "../../../shared/rules/plan-first-year-against-beds";
import { testRule } from "./rule-tester";

const ON = { templates: ["capacity_plan" as const] };
const WITH_BEDS = { templates: ["beds" as const, "capacity_plan" as const] };
const ADULT = "capacity_plan.phv_adult_2026";
const PHBU = "capacity_plan.phbu_2026";

describe("plan-first-year-against-beds", () => {
  testRule(planFirstYearAgainstBeds, {
    passing: [
      { name: "no beds package: nothing to compare", ...ON, values: { [ADULT]: 110 } },
      {
        name: "the plan starts where last year's count was",
        ...ON,
        values: { [ADULT]: 103 },
        previous: { "beds.phv_adult_total": 103 },
      },
      {
        name: "a later plan year is not set beside the count",
        ...ON,
        values: { "capacity_plan.phv_adult_2027": 140 },
        previous: { "beds.phv_adult_total": 103 },
      },
      {
        name: "this return's own beds win over last year's",
        ...WITH_BEDS,
        values: { "beds.phv_adult_total": 110, [ADULT]: 110 },
        previous: { "beds.phv_adult_total": 103 },
      },
      {
        name: "a blank plan year says nothing",
        ...ON,
        values: {},
        previous: { "beds.phv_adult_total": 103 },
      },
    ],
    failing: [
      {
        name: "Telemark: 103 counted in 2024, 110 planned — information, never an error",
        ...ON,
        phase: "export",
        values: { [ADULT]: 110 },
        previous: { "beds.phv_adult_total": 103 },
        expected: [`plan_differs_from_reported@${ADULT}:info`],
      },
      {
        name: "each service area against its own total",
        ...ON,
        values: { [ADULT]: 103, [PHBU]: 20 },
        previous: { "beds.phv_adult_total": 103, "beds.phbu_total": 18 },
        expected: [`plan_differs_from_reported@${PHBU}:info`],
      },
      {
        name: "this return's own beds, when it holds them",
        ...WITH_BEDS,
        values: { "beds.phv_adult_total": 110, [ADULT]: 103 },
        previous: { "beds.phv_adult_total": 103 },
        expected: [`plan_differs_from_reported@${ADULT}:info`],
      },
    ],
  });
});
