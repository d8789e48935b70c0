import { describe } from "vitest";
import { templateHasFigures } from "../../../shared/rules/template-has-figures";
import { testRule } from "./rule-tester";

const ACTIVITY = { templates: ["activity" as const] };
const TELEMARK = { "activity.unit_org": "983975267", "activity.year": 2025 };
const FIRST = "activity.wait_days_adult";

describe("template-has-figures", () => {
  testRule(templateHasFigures, {
    passing: [
      {
        name: "one typed figure is a return",
        ...ACTIVITY,
        values: { ...TELEMARK, "activity.bed_days_adult": 4100 },
      },
      {
        name: "a typed percentage alone is a return too (DelMedMeg's coverage; adversary A6)",
        ...ACTIVITY,
        values: { ...TELEMARK, "activity.delmedmeg_coverage_pct": 6.5 },
      },
      {
        name: "a template without typed figures (plan status) is status-present's to judge",
        templates: ["plan_status" as const],
        phase: "export",
        values: { "plan_status.unit_org": "983975267", "plan_status.year": 2025 },
      },
      {
        name: "a unit asked nothing of the template (the RHF, beds of its own) is not told its sheet is empty",
        templates: ["beds" as const],
        phase: "export",
        values: {
          "beds.unit_org": "991324968",
          "beds.year": 2024,
          "beds.private_contracted_phv_adult": 258.5,
        },
      },
      {
        name: "an empty capacity plan is required-present's ('Må fylles ut' at its required PHV years), not told twice",
        templates: ["capacity_plan" as const],
        phase: "export",
        values: { "capacity_plan.unit_org": "983975267", "capacity_plan.year": 2025 },
      },
      {
        name: "a missing defined name is defined-name-present's",
        ...ACTIVITY,
        values: { ...TELEMARK },
        missingNames: [FIRST],
      },
    ],
    failing: [
      {
        name: "an activity sheet with only its unit and year, while editing, is a warning at its first figure",
        ...ACTIVITY,
        values: { ...TELEMARK },
        expected: [`template_empty@${FIRST}:warning`],
      },
      {
        name: "the same at export (and for a package) is an error: an empty sheet is never 'ready'",
        ...ACTIVITY,
        phase: "export",
        values: { ...TELEMARK },
        expected: [`template_empty@${FIRST}:error`],
      },
    ],
  });
});
