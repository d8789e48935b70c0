import { describe } from "vitest";
import { statusCommentRequired } from "../../../shared/rules/status-comment-required";
import { testRule } from "./rule-tester";

const ID = "plan_status.children_24_7";
const ON = { templates: ["plan_status" as const] };

describe("status-comment-required", () => {
  testRule(statusCommentRequired, {
    passing: [
      { name: "in place needs no comment", ...ON, values: { [ID]: "på plass" } },
      {
        name: "in progress with a comment",
        ...ON,
        values: { [ID]: "in_progress" },
        notes: { [ID]: "Pilot i Skien" },
      },
      { name: "blank status", ...ON, values: {} },
      {
        name: "went back: the went-back rule reports it",
        ...ON,
        values: { [ID]: "under arbeid" },
        previous: { [ID]: "på plass" },
      },
    ],
    failing: [
      {
        name: "not started without a comment, while editing",
        ...ON,
        values: { [ID]: "ikke startet" },
        expected: [`status_comment_missing@${ID}:warning`],
      },
      {
        name: "in progress without a comment, at export",
        ...ON,
        phase: "export",
        values: { [ID]: "in_progress" },
        expected: [`status_comment_missing@${ID}:error`],
      },
      {
        name: "a whitespace-only comment is none",
        ...ON,
        values: { [ID]: "under arbeid" },
        notes: { [ID]: "  " },
        expected: [`status_comment_missing@${ID}`],
      },
      {
        name: "moved forward but still not in place",
        ...ON,
        values: { [ID]: "under arbeid" },
        previous: { [ID]: "ikke startet" },
        expected: [`status_comment_missing@${ID}`],
      },
    ],
  });
});
