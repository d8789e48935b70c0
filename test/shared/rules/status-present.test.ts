import { describe } from "vitest";
import { statusPresent } from "../../../shared/rules/status-present";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import { testRule } from "./rule-tester";

const ON = { templates: ["plan_status" as const] };
const MEASURES = TEMPLATES.plan_status.fields
  .filter((field) => field.kind === "status")
  .map((field) => field.id);
const ID = "plan_status.children_24_7";
const TELEMARK = { "plan_status.unit_org": "983975267", "plan_status.year": 2025 };
/** Every measure given a status but one. */
const ALL_BUT = (left: string) =>
  Object.fromEntries(MEASURES.filter((id) => id !== left).map((id) => [id, "på plass"]));

describe("status-present", () => {
  testRule(statusPresent, {
    passing: [
      {
        name: "every measure has a status",
        ...ON,
        values: { ...TELEMARK, ...ALL_BUT(""), [ID]: "in_progress" },
      },
      {
        name: "an unknown status is status-is-choice's, not a missing one",
        ...ON,
        values: { ...TELEMARK, ...ALL_BUT(ID), [ID]: "ferdig" },
      },
      {
        name: "a unit not asked the measures (the RHF's agreement management) is never told they are blank",
        ...ON,
        phase: "export",
        values: { "plan_status.unit_org": "991324968", "plan_status.year": 2025 },
      },
      {
        name: "a missing defined name is defined-name-present's",
        ...ON,
        values: { ...TELEMARK, ...ALL_BUT(ID) },
        missingNames: [ID],
      },
    ],
    failing: [
      {
        name: "a blank status while editing is a warning",
        ...ON,
        values: { ...TELEMARK, ...ALL_BUT(ID) },
        expected: [`status_missing@${ID}:warning`],
      },
      {
        name: "a blank status at export is an error",
        ...ON,
        phase: "export",
        values: { ...TELEMARK, ...ALL_BUT(ID), [ID]: "  " },
        expected: [`status_missing@${ID}:error`],
      },
      {
        name: "each blank measure is named",
        ...ON,
        values: { ...TELEMARK, ...ALL_BUT(ID), "plan_status.joint_intake": null },
        expected: [`status_missing@${ID}`, "status_missing@plan_status.joint_intake"],
      },
    ],
  });
});
