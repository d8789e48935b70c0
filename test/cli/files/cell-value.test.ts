import { describe, expect, it } from "vitest";
import { rawValueOf } from "../../../cli/files/cell-value";

describe("rawValueOf", () => {
  const cases: [string, Parameters<typeof rawValueOf>[0], ReturnType<typeof rawValueOf>][] = [
    ["empty", null, null],
    ["a number", 103, 103],
    ["text", "258,5", "258,5"],
    ["a boolean", true, true],
    ["an error cell", { error: "#REF!" } as never, { error: "#REF!" }],
    ["a formula's cached number", { formula: "SUM(C7:C8)", result: 103 } as never, 103],
    [
      "a formula's cached error",
      { formula: "C7/0", result: { error: "#DIV/0!" } } as never,
      { error: "#DIV/0!" },
    ],
    ["a formula never calculated", { formula: "SUM(C7:C8)" } as never, null],
    ["a shared formula", { sharedFormula: "C7", result: 4 } as never, 4],
    ["rich text", { richText: [{ text: "10" }, { text: "3" }] } as never, "103"],
    ["a hyperlink's text", { text: "Telemark", hyperlink: "http://x" } as never, "Telemark"],
    ["a date", new Date(Date.UTC(2024, 10, 15)), "2024-11-15"],
    ["an invalid date", new Date(Number.NaN), null],
  ];
  for (const [what, value, expected] of cases) {
    it(`reads ${what}`, () => expect(rawValueOf(value)).toEqual(expected));
  }
});
