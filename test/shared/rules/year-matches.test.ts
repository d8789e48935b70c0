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
        name: "the wrong year in the first sheet is blamed on that sheet when the count date says which is right",
        values: { "beds.year": 2024, "beds.count_date": "2025-11-20", "staffing.year": 2025 },
        expected: ["year_mismatch@beds.year"],
      },
      {
        name: "the wrong year in the second sheet is blamed on that sheet",
        values: { "beds.year": 2025, "beds.count_date": "2025-11-20", "staffing.year": 2024 },
        expected: ["year_mismatch@staffing.year"],
      },
      {
        name: "a year given from outside decides, whichever sheet comes first",
        values: { "beds.year": 2024, "staffing.year": 2025 },
        year: 2025,
        expected: ["year_mismatch@beds.year"],
      },
      {
        name: "two sheets, two years and nothing to say which is right: both are named, neither guessed",
        values: { "beds.year": 2024, "staffing.year": 2025 },
        expected: ["years_disagree@beds.year", "years_disagree@staffing.year"],
      },
      { name: "not a year", values: { "beds.year": 24 }, expected: ["year_invalid@beds.year"] },
      { name: "text", values: { "beds.year": "i fjor" }, expected: ["year_invalid@beds.year"] },
    ],
  });
});
