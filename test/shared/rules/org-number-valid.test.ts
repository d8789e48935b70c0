import { describe } from "vitest";
import { orgNumberValid } from "../../../shared/rules/org-number-valid";
import { testRule } from "./rule-tester";

describe("org-number-valid", () => {
  testRule(orgNumberValid, {
    passing: [
      { name: "Telemark, as text with spaces", values: { "beds.unit_org": "983 975 267" } },
      { name: "Vestre Viken as a number cell", values: { "staffing.unit_org": 894166762 } },
      { name: "blank is required-present's business", values: { "beds.unit_org": null } },
    ],
    failing: [
      {
        name: "bad check digit",
        values: { "beds.unit_org": "983975268" },
        expected: ["org_invalid@beds.unit_org"],
      },
      {
        name: "not nine digits",
        values: { "beds.unit_org": "98397526" },
        expected: ["org_invalid@beds.unit_org"],
      },
      {
        name: "valid but not a reporting unit",
        values: { "beds.unit_org": "123456785" },
        expected: ["org_unknown@beds.unit_org"],
      },
    ],
  });
});
