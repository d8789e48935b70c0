import { describe } from "vitest";
import { statusIsChoice } from "../../../shared/rules/status-is-choice";
import { testRule } from "./rule-tester";

const ID = "plan_status.children_24_7";
const ON = { templates: ["plan_status" as const] };

describe("status-is-choice", () => {
  testRule(statusIsChoice, {
    passing: [
      { name: "the sheet's words", ...ON, values: { [ID]: "under arbeid" } },
      { name: "a package's code", ...ON, values: { [ID]: "in_place" } },
      { name: "English words, other case and spacing", ...ON, values: { [ID]: "  Not  Started " } },
      { name: "blank is the required rule's business", ...ON, values: { [ID]: "" } },
    ],
    failing: [
      {
        name: "a word that is no choice",
        ...ON,
        values: { [ID]: "ferdig" },
        expected: [`status_unknown@${ID}`],
      },
      { name: "a number", ...ON, values: { [ID]: 3 }, expected: [`status_unknown@${ID}:error`] },
      {
        name: "nearly a choice is not a choice",
        ...ON,
        values: { [ID]: "på plas" },
        expected: [`status_unknown@${ID}`],
      },
    ],
  });
});
