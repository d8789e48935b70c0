import { describe } from "vitest";
import { fteWithinHeadcount } from "../../../shared/rules/fte-within-headcount";
import { testRule } from "./rule-tester";

describe("fte-within-headcount", () => {
  testRule(fteWithinHeadcount, {
    passing: [
      {
        name: "FTE below headcount",
        values: { "staffing.psychologists_headcount": 300, "staffing.psychologists_fte": 281.4 },
      },
      { name: "equal", values: { "staffing.lis3_phbu_headcount": 10, "staffing.lis3_phbu_fte": 10 } },
    ],
    failing: [
      {
        name: "more FTE than persons, unexplained",
        values: { "staffing.lis3_phbu_headcount": 10, "staffing.lis3_phbu_fte": 10.5 },
        expected: ["fte_exceeds_headcount@staffing.lis3_phbu_fte:error"],
      },
      {
        name: "explained: kept visible as information",
        values: { "staffing.lis3_phbu_headcount": 10, "staffing.lis3_phbu_fte": 10.5 },
        notes: { "staffing.lis3_phbu_fte": "Overtid i stillinger" },
        expected: ["fte_exceeds_headcount@staffing.lis3_phbu_fte:info"],
      },
    ],
  });
});
