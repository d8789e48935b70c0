import { describe } from "vitest";
import { valueIsNumber } from "../../../shared/rules/value-is-number";
import { testRule } from "./rule-tester";

describe("value-is-number", () => {
  testRule(valueIsNumber, {
    passing: [
      { name: "numbers", values: { "beds.phv_adult_total": 103, "staffing.sick_leave_pct": 6.2 } },
      {
        name: "Norwegian text numbers are readable (warned elsewhere)",
        values: { "beds.tsb_total": "258,5" },
      },
      { name: "a per cent sign after a percentage", values: { "staffing.sick_leave_pct": "6,2 %" } },
      { name: "blank", values: { "beds.tsb_total": null } },
    ],
    failing: [
      {
        name: "text in a number cell",
        values: { "beds.tsb_total": "abc" },
        expected: ["not_a_number@beds.tsb_total"],
      },
      {
        name: "ambiguous 1.234 is not guessed",
        values: { "beds.tsb_total": "1.234" },
        expected: ["not_a_number@beds.tsb_total"],
      },
      {
        name: "#REF! and #DIV/0! cells",
        values: { "beds.phv_adult_dps": { error: "#REF!" }, "beds.tsb_total": { error: "#DIV/0!" } },
        expected: ["cell_error@beds.phv_adult_dps", "cell_error@beds.tsb_total"],
      },
      {
        name: "a boolean",
        values: { "staffing.psychologists_headcount": true },
        expected: ["not_a_number@staffing.psychologists_headcount"],
      },
    ],
  });
});
