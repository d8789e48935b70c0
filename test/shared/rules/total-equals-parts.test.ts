import { describe } from "vitest";
import { totalEqualsParts } from "../../../shared/rules/total-equals-parts";
import { testRule } from "./rule-tester";

describe("total-equals-parts", () => {
  testRule(totalEqualsParts, {
    passing: [
      {
        name: "hospital + DPS = total",
        values: { "beds.phv_adult_hospital": 40.5, "beds.phv_adult_dps": 62.5, "beds.phv_adult_total": 103 },
      },
      { name: "only the total given (the paper's table)", values: { "beds.phv_adult_total": 217 } },
      {
        name: "a blank part counts as zero, as the template's SUM does",
        values: {
          "beds.phv_adult_total": 103,
          "beds.phbu_total": null,
          "beds.tsb_total": null,
          "beds.all_total": 103,
        },
      },
    ],
    failing: [
      {
        name: "a total one bed off",
        values: { "beds.phv_adult_hospital": 40, "beds.phv_adult_dps": 63, "beds.phv_adult_total": 104 },
        expected: ["total_mismatch@beds.phv_adult_total"],
      },
      {
        name: "all beds not the sum of the three areas",
        values: {
          "beds.phv_adult_total": 103,
          "beds.phbu_total": 10,
          "beds.tsb_total": 20,
          "beds.all_total": 130,
        },
        expected: ["total_mismatch@beds.all_total"],
      },
    ],
  });
});
