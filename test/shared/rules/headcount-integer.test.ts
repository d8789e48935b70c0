import { describe } from "vitest";
import { headcountInteger } from "../../../shared/rules/headcount-integer";
import { testRule } from "./rule-tester";

describe("headcount-integer", () => {
  testRule(headcountInteger, {
    passing: [{ name: "persons", values: { "staffing.senior_consultants_headcount": 755 } }],
    failing: [
      {
        name: "half a person",
        values: { "staffing.senior_consultants_headcount": 754.5 },
        expected: ["not_integer@staffing.senior_consultants_headcount"],
      },
    ],
  });
});
