import { describe } from "vitest";
import { countDateInYear } from "../../../shared/rules/count-date-in-year";
import { testRule } from "./rule-tester";

describe("count-date-in-year", () => {
  testRule(countDateInYear, {
    passing: [
      {
        name: "ISO date in November",
        values: { "beds.year": 2024, "beds.count_date": "2024-11-20" },
        templates: ["beds"],
      },
      {
        name: "Norwegian date text",
        values: { "beds.year": 2024, "beds.count_date": "20.11.2024" },
        templates: ["beds"],
      },
      {
        name: "an Excel serial (45616 = 2024-11-20)",
        values: { "beds.count_date": 45616 },
        year: 2024,
        templates: ["beds"],
      },
    ],
    failing: [
      {
        name: "missing",
        values: { "beds.year": 2024 },
        templates: ["beds"],
        expected: ["count_date_missing@beds.count_date:warning"],
      },
      {
        name: "outside the year",
        values: { "beds.year": 2024, "beds.count_date": "2023-11-20" },
        templates: ["beds"],
        expected: ["count_date_outside_year@beds.count_date:warning"],
      },
      {
        name: "not a real date",
        values: { "beds.year": 2024, "beds.count_date": "31.11.2024" },
        templates: ["beds"],
        expected: ["count_date_invalid@beds.count_date:warning"],
      },
    ],
  });
});
