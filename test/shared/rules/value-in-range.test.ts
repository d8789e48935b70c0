import { describe } from "vitest";
import { valueInRange } from "../../../shared/rules/value-in-range";
import { testRule } from "./rule-tester";

describe("value-in-range", () => {
  testRule(valueInRange, {
    passing: [
      { name: "zero beds", values: { "beds.tsb_total": 0 } },
      { name: "percent at the bounds", values: { "staffing.sick_leave_pct": 100 } },
    ],
    failing: [
      { name: "negative beds", values: { "beds.tsb_total": -1 }, expected: ["below_min@beds.tsb_total"] },
      {
        name: "percent over 100",
        values: { "staffing.sick_leave_pct": 100.5 },
        expected: ["above_max@staffing.sick_leave_pct"],
      },
      {
        name: "negative FTE from text",
        values: { "staffing.psychologists_fte": "−3" },
        expected: ["below_min@staffing.psychologists_fte"],
      },
    ],
  });
});
