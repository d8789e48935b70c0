import { describe } from "vitest";
import { statusWentBackExplained } from "../../../shared/rules/status-went-back-explained";
import { testRule } from "./rule-tester";

const ID = "plan_status.children_24_7";
const ON = { templates: ["plan_status" as const] };

describe("status-went-back-explained", () => {
  testRule(statusWentBackExplained, {
    passing: [
      { name: "moved forward", ...ON, values: { [ID]: "på plass" }, previous: { [ID]: "under arbeid" } },
      {
        name: "the same as last year",
        ...ON,
        values: { [ID]: "in_progress" },
        previous: { [ID]: "under arbeid" },
      },
      { name: "no last year", ...ON, values: { [ID]: "ikke startet" } },
      {
        name: "went back, explained",
        ...ON,
        values: { [ID]: "in_progress" },
        previous: { [ID]: "in_place" },
        notes: { [ID]: "Rutinen revideres etter tilsyn" },
      },
      {
        name: "last year not a choice: nothing to compare",
        ...ON,
        values: { [ID]: "ikke startet" },
        previous: { [ID]: "?" },
      },
    ],
    failing: [
      {
        name: "in place → in progress, while editing",
        ...ON,
        values: { [ID]: "under arbeid" },
        previous: { [ID]: "på plass" },
        expected: [`status_went_back@${ID}:warning`],
      },
      {
        name: "in progress → not started, at export (package codes)",
        ...ON,
        phase: "export",
        values: { [ID]: "not_started" },
        previous: { [ID]: "in_progress" },
        expected: [`status_went_back@${ID}:error`],
      },
      {
        name: "in place → not started",
        ...ON,
        values: { [ID]: "ikke startet" },
        previous: { [ID]: "in_place" },
        expected: [`status_went_back@${ID}`],
      },
    ],
  });
});
