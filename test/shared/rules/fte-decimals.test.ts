import { describe } from "vitest";
import { fteDecimals } from "../../../shared/rules/fte-decimals";
import { testRule } from "./rule-tester";

describe("fte-decimals", () => {
  testRule(fteDecimals, {
    passing: [
      {
        name: "two decimals, including binary-awkward 0.29",
        values: { "staffing.psychologists_fte": 0.29, "staffing.lis3_phbu_fte": 41.75 },
      },
      { name: "percent with two decimals", values: { "staffing.sick_leave_pct": 6.25 } },
    ],
    failing: [
      {
        name: "three decimals",
        values: { "staffing.psychologists_fte": 12.345 },
        expected: ["too_many_decimals@staffing.psychologists_fte"],
      },
      {
        name: "percent with three decimals",
        values: { "staffing.sick_leave_pct": "6,125" },
        expected: ["too_many_decimals@staffing.sick_leave_pct"],
      },
    ],
  });
});
