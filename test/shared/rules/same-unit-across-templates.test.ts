import { describe } from "vitest";
import { sameUnitAcrossTemplates } from "../../../shared/rules/same-unit-across-templates";
import { testRule } from "./rule-tester";

describe("same-unit-across-templates", () => {
  testRule(sameUnitAcrossTemplates, {
    passing: [
      {
        name: "same unit written differently",
        values: { "beds.unit_org": "983 975 267", "staffing.unit_org": 983975267 },
      },
    ],
    failing: [
      {
        name: "Vestfold and Sørlandet swapped",
        values: { "beds.unit_org": "983975259", "staffing.unit_org": "983975240" },
        expected: ["unit_mismatch@staffing.unit_org"],
      },
    ],
  });
});
