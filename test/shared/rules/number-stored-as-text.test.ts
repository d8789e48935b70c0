import { describe } from "vitest";
import { numberStoredAsText } from "../../../shared/rules/number-stored-as-text";
import { testRule } from "./rule-tester";

describe("number-stored-as-text", () => {
  testRule(numberStoredAsText, {
    passing: [
      { name: "a real number", values: { "beds.tsb_total": 258.5 } },
      { name: "unreadable text is another rule's error", values: { "beds.tsb_total": "abc" } },
    ],
    failing: [
      {
        name: "258,5 stored as text",
        values: { "beds.bought_from_other_units": "258,5" },
        expected: ["number_as_text@beds.bought_from_other_units:warning"],
      },
      {
        name: "text in a part of a computed total is an error when the total left it out (SUM skips text)",
        values: { "beds.phv_adult_hospital": "40", "beds.phv_adult_dps": 63, "beds.phv_adult_total": 63 },
        expected: ["number_as_text_not_summed@beds.phv_adult_hospital:error"],
      },
      {
        name: "text in a part of a computed total that counted it is only the warning",
        values: { "beds.phv_adult_hospital": "40", "beds.phv_adult_dps": 63, "beds.phv_adult_total": 103 },
        templates: ["beds"],
        expected: ["number_as_text@beds.phv_adult_hospital:warning"],
      },
      {
        name: "grouped with a no-break space and a U+2212 minus",
        values: { "staffing.physicians_headcount": "1\u00a0533", "beds.bought_from_other_units": "\u22122" },
        expected: [
          "number_as_text@beds.bought_from_other_units:warning",
          "number_as_text@staffing.physicians_headcount:warning",
        ],
      },
    ],
  });
});
