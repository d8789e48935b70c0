import { describe } from "vitest";
import { requiredPresent } from "../../../shared/rules/required-present";
import { testRule } from "./rule-tester";

const FILLED = {
  "beds.unit_org": "983975267",
  "beds.year": 2024,
  "beds.count_date": "2024-11-20",
  "beds.phv_adult_hospital": 40,
  "beds.phv_adult_dps": 63,
  "beds.phv_adult_total": 103,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20,
  "beds.all_total": 135,
  "beds.temporarily_closed": 0,
  "beds.bought_from_other_units": 0,
  "beds.hospital_at_home_places": 0,
};

describe("required-present", () => {
  testRule(requiredPresent, {
    passing: [
      { name: "every beds field filled", values: FILLED, templates: ["beds"] },
      {
        name: "a deleted name is left to defined-name-present",
        values: { ...FILLED, "beds.phv_adult_total": null },
        missingNames: ["beds.phv_adult_total"],
        templates: ["beds"],
      },
    ],
    failing: [
      {
        name: "a blank computed total is reported at its blank parts, where the controller types; whitespace is blank",
        values: {
          ...FILLED,
          "beds.phv_adult_hospital": null,
          "beds.phv_adult_dps": " ",
          "beds.phv_adult_total": "  ",
        },
        templates: ["beds"],
        expected: [
          "total_part_missing@beds.phv_adult_hospital:error",
          "total_part_missing@beds.phv_adult_dps:error",
        ],
      },
      {
        name: "an empty part beside a part holding text is reported on the part, not on the computed total",
        values: {
          ...FILLED,
          "beds.phv_adult_hospital": "40,3",
          "beds.phv_adult_dps": null,
          "beds.phv_adult_total": "",
        },
        templates: ["beds"],
        expected: ["total_part_missing@beds.phv_adult_dps:error"],
      },
      {
        name: "a blank computed total whose parts are all typed numbers is itself missing (a formula without its result)",
        values: { ...FILLED, "beds.phv_adult_total": null },
        templates: ["beds"],
        expected: ["required_missing@beds.phv_adult_total:error"],
      },
      {
        name: "a blank required field that is typed, not computed, is simply required",
        values: { ...FILLED, "beds.unit_org": null },
        templates: ["beds"],
        expected: ["required_missing@beds.unit_org:error"],
      },
      {
        name: "a blank optional figure is only information",
        values: { ...FILLED, "beds.tsb_total": null },
        templates: ["beds"],
        expected: ["value_missing@beds.tsb_total:info"],
      },
    ],
  });
});
