import { describe } from "vitest";
import { partWithinWhole } from "../../../shared/rules/part-within-whole";
import { testRule } from "./rule-tester";

describe("part-within-whole", () => {
  testRule(partWithinWhole, {
    passing: [
      {
        name: "specialists within psychologists",
        values: {
          "staffing.psychologists_headcount": 300,
          "staffing.psychologist_specialists_headcount": 180,
        },
      },
      {
        name: "LIS3 and consultants within physicians",
        values: {
          "staffing.physicians_headcount": 1200,
          "staffing.senior_consultants_headcount": 755,
          "staffing.lis3_phbu_headcount": 100,
          "staffing.lis3_phv_adult_headcount": 181,
        },
      },
      { name: "whole not given", values: { "staffing.psychologist_specialists_headcount": 180 } },
    ],
    failing: [
      {
        name: "more specialists than psychologists",
        values: {
          "staffing.psychologists_headcount": 100,
          "staffing.psychologist_specialists_headcount": 101,
        },
        expected: ["part_exceeds_whole@staffing.psychologists_headcount"],
      },
      {
        name: "LIS3 FTE over physicians' FTE",
        values: {
          "staffing.physicians_fte": 50,
          "staffing.lis3_phbu_fte": 30,
          "staffing.lis3_phv_adult_fte": 25.5,
        },
        expected: ["part_exceeds_whole@staffing.physicians_fte"],
      },
      {
        name: "temporarily closed beds above all beds",
        values: { "beds.all_total": 10, "beds.temporarily_closed": 12 },
        // All beds is computed: the finding belongs where "Herav midlertidig stengt" was typed.
        expected: ["part_exceeds_whole@beds.temporarily_closed"],
      },
    ],
  });
});
