import { describe } from "vitest";
import { changeNeedsExplanation } from "../../../shared/rules/change-needs-explanation";
import { testRule } from "./rule-tester";

const TELEMARK = { values: { "beds.phv_adult_total": 103 }, previous: { "beds.phv_adult_total": 108 } };

describe("change-needs-explanation", () => {
  testRule(changeNeedsExplanation, {
    passing: [
      {
        name: "Østfold 155 → 158 (+3, 1.9 %)",
        values: { "beds.phv_adult_total": 158 },
        previous: { "beds.phv_adult_total": 155 },
      },
      {
        name: "Telemark explained",
        ...TELEMARK,
        notes: { "beds.phv_adult_total": "Midlertidig nedtrekk pga. ombygging" },
      },
      { name: "no previous figure", values: { "beds.phv_adult_total": 103 } },
      {
        name: "sick leave is not compared",
        values: { "staffing.sick_leave_pct": 9 },
        previous: { "staffing.sick_leave_pct": 6 },
      },
    ],
    failing: [
      {
        name: "Telemark 108 → 103 while editing",
        ...TELEMARK,
        expected: ["change_unexplained@beds.phv_adult_total:warning"],
      },
      {
        name: "Telemark 108 → 103 at export",
        ...TELEMARK,
        phase: "export",
        expected: ["change_unexplained@beds.phv_adult_total:error"],
      },
      {
        name: "Innlandet 208 → 190",
        values: { "beds.phv_adult_total": 190 },
        previous: { "beds.phv_adult_total": 208 },
        expected: ["change_unexplained@beds.phv_adult_total:warning"],
      },
      {
        name: "small count, large percent: 2 → 4 psychologist specialists",
        values: { "staffing.psychologist_specialists_headcount": 4 },
        previous: { "staffing.psychologist_specialists_headcount": 2 },
        expected: ["change_unexplained@staffing.psychologist_specialists_headcount:warning"],
      },
      {
        name: "a whitespace-only note is no explanation",
        ...TELEMARK,
        notes: { "beds.phv_adult_total": "   " },
        expected: ["change_unexplained@beds.phv_adult_total:warning"],
      },
    ],
  });
});
