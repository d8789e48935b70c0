import { describe } from "vitest";
import { fieldAskedOfUnit } from "../../../shared/rules/field-asked-of-unit";
import { testRule } from "./rule-tester";

const RHF = "991324968";
const TELEMARK = "983975267";

describe("field-asked-of-unit", () => {
  testRule(fieldAskedOfUnit, {
    passing: [
      {
        name: "the RHF reports its private providers' beds, half steps and all",
        values: { "beds.unit_org": RHF, "beds.year": 2024, "beds.private_contracted_phv_adult": 258.5 },
        templates: ["beds"],
      },
      {
        name: "a trust reports its own beds",
        values: { "beds.unit_org": TELEMARK, "beds.phv_adult_total": 103 },
        templates: ["beds"],
      },
      {
        name: "a trust leaving the RHF's field blank",
        values: { "beds.unit_org": TELEMARK, "beds.private_contracted_phv_adult": " " },
        templates: ["beds"],
      },
    ],
    failing: [
      {
        name: "a trust giving the private providers' beds (they would be counted twice)",
        values: { "beds.unit_org": TELEMARK, "beds.private_contracted_phv_adult": 12 },
        templates: ["beds"],
        expected: ["field_not_asked@beds.private_contracted_phv_adult"],
      },
      {
        name: "an unknown unit is asked what a trust is asked",
        values: { "beds.unit_org": "123456785", "beds.private_contracted_phv_adult": 1 },
        templates: ["beds"],
        expected: ["field_not_asked@beds.private_contracted_phv_adult"],
      },
      {
        name: "the RHF giving a trust's figures",
        values: { "beds.unit_org": RHF, "beds.phv_adult_total": 258.5, "beds.count_date": "2024-11-15" },
        templates: ["beds"],
        expected: ["field_not_asked@beds.count_date", "field_not_asked@beds.phv_adult_total"],
      },
      {
        name: "the RHF giving staffing",
        values: { "staffing.unit_org": RHF, "staffing.senior_consultants_headcount": 3 },
        templates: ["staffing"],
        expected: ["field_not_asked@staffing.senior_consultants_headcount"],
      },
    ],
  });
});
