import { describe } from "vitest";
import { noteTextSound } from "../../../shared/rules/note-text-sound";
import { testRule } from "./rule-tester";

const ADULT = "beds.phv_adult_total";
const MEASURE = "plan_status.children_pathways";
const PLAN = { templates: ["plan_status" as const] };

describe("note-text-sound", () => {
  testRule(noteTextSound, {
    passing: [
      { name: "no notes", values: { [ADULT]: 103 } },
      { name: "an ordinary explanation", values: {}, notes: { [ADULT]: "Ny post åpnet i mars (+6)." } },
      {
        name: "lines typed with Alt+Enter, and Windows line ends from a pasted text",
        values: {},
        notes: { [ADULT]: "Første linje\nandre linje\r\ntredje" },
      },
      { name: "exactly the longest a cell takes", values: {}, notes: { [ADULT]: "x".repeat(2000) } },
      {
        name: "æøå, emoji and a tab are text",
        ...PLAN,
        values: {},
        notes: { [MEASURE]: "Arbeid pågår\t✅ på Ø" },
      },
    ],
    failing: [
      {
        name: "5 000 characters written by a script past the cell's validation",
        ...PLAN,
        values: {},
        notes: { [MEASURE]: `Forklaring ${"x".repeat(5000)}` },
        expected: [`note_too_long@${MEASURE}:warning`],
      },
      {
        name: "ESC, a bidi override and BEL pasted into a comment",
        ...PLAN,
        values: {},
        notes: { [MEASURE]: "Linje1\u001b[31mRØD\u202eevil\u0007ok" },
        expected: [`note_unprintable@${MEASURE}:warning`],
      },
    ],
  });
});
