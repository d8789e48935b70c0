import { describe } from "vitest";
import { definedNamePresent } from "../../../shared/rules/defined-name-present";
import { testRule } from "./rule-tester";

describe("defined-name-present", () => {
  testRule(definedNamePresent, {
    passing: [{ name: "all names present", values: { "beds.phv_adult_total": 103 } }],
    failing: [
      {
        name: "a deleted input name is an error",
        values: {},
        missingNames: ["beds.phv_adult_total"],
        expected: ["name_missing@beds.phv_adult_total:error"],
      },
      {
        name: "a deleted prev./note. name is a warning",
        values: {},
        missingNames: ["prev.beds.tsb_total", "note.beds.tsb_total"],
        expected: ["name_missing@beds.tsb_total:warning", "name_missing@beds.tsb_total:warning"],
      },
    ],
  });
});
