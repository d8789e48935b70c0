import { describe } from "vitest";
import { planChangeNeedsReason } from "../../../shared/rules/plan-change-needs-reason";
import { testRule } from "./rule-tester";

const ON = { templates: ["capacity_plan" as const] };
const Y26 = "capacity_plan.phv_adult_2026";
const Y27 = "capacity_plan.phv_adult_2027";
const TSB28 = "capacity_plan.tsb_2028";

describe("plan-change-needs-reason", () => {
  testRule(planChangeNeedsReason, {
    passing: [
      { name: "a change under 5 beds", ...ON, values: { [Y26]: 110, [Y27]: 114.5 } },
      { name: "a fall under 5 beds", ...ON, values: { [Y26]: 110, [Y27]: 105.5 } },
      {
        name: "a change of 5 with its reason",
        ...ON,
        values: { [Y26]: 110, [Y27]: 115 },
        notes: { [Y27]: "Ny akuttpost åpner i 2027." },
      },
      { name: "the year before left blank: nothing to compare", ...ON, values: { [Y27]: 140 } },
      {
        name: "a blank reason around a flat plan",
        ...ON,
        values: { [Y26]: 110, [Y27]: 110 },
        notes: { [Y27]: "   " },
      },
      {
        name: "the first year is never set against last year's plan",
        ...ON,
        values: { [Y26]: 130 },
        previous: { [Y26]: 110 },
      },
    ],
    failing: [
      {
        name: "exactly 5 more, while editing",
        ...ON,
        values: { [Y26]: 110, [Y27]: 115 },
        expected: [`plan_change_unexplained@${Y27}:warning`],
      },
      {
        name: "6,5 fewer at export",
        ...ON,
        phase: "export",
        values: { [Y26]: 110, [Y27]: 103.5 },
        expected: [`plan_change_unexplained@${Y27}:error`],
      },
      {
        name: "a reason of only blanks does not count, in any service area",
        ...ON,
        values: { "capacity_plan.tsb_2027": 20, [TSB28]: 30 },
        notes: { [TSB28]: "  " },
        expected: [`plan_change_unexplained@${TSB28}`],
      },
    ],
  });
});
