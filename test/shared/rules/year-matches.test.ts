import { describe } from "vitest";
import { yearMatches } from "../../../shared/rules/year-matches";
import { testRule } from "./rule-tester";

describe("year-matches", () => {
  testRule(yearMatches, {
    passing: [
      { name: "the expected year", values: { "beds.year": 2024, "staffing.year": "2024" }, year: 2024 },
      { name: "no outside year, templates agree", values: { "beds.year": 2024, "staffing.year": 2024 } },
    ],
    failing: [
      {
        name: "wrong year",
        values: { "beds.year": 2023 },
        year: 2024,
        expected: ["year_mismatch@beds.year"],
      },
      {
        name: "templates disagree",
        values: { "beds.year": 2024, "staffing.year": 2025 },
        expected: ["year_mismatch@staffing.year"],
      },
      { name: "not a year", values: { "beds.year": 24 }, expected: ["year_invalid@beds.year"] },
      { name: "text", values: { "beds.year": "i fjor" }, expected: ["year_invalid@beds.year"] },
    ],
  });
});
