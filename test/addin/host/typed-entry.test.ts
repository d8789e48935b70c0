import { describe, expect, it } from "vitest";
import { checkValidation } from "../../../addin/host/check-validation";
import { typedEntry } from "../../../addin/host/typed-entry";
import type { ValidationState } from "../../../addin/host/workbook-state";

describe("typedEntry (what Excel stores for what a user types)", () => {
  it.each([
    ["258,5", "General", { value: 258.5 }],
    ["1 769,5", "General", { value: 1769.5 }],
    ["1\u00a0769", "General", { value: 1769 }],
    ["\u221212", "General", { value: -12 }],
    ["6,2 %", "General", { value: 0.062, numberFormat: "0.00%" }],
    ["6,5 %", "0.0#", { value: 0.065, numberFormat: "0.00%" }],
    ["7 %", "0.0#", { value: 0.07, numberFormat: "0%" }],
    ["6,5 %", "0.0%", { value: 0.065 }],
    ["6,5", "0.0%", { value: 0.065 }],
    ["6,5", "0.0#", { value: 6.5 }],
    ["6,5 %", "@", { value: "6,5 %" }],
    ["15.11.2024", "dd.mm.yyyy", { value: 45611 }],
    ["31.02.2024", "General", { value: "31.02.2024" }],
    ["258.5", "General", { value: "258.5" }],
    ["983975267", "@", { value: "983975267" }],
    ["'103", "General", { value: "103" }],
    ["=SUM(C7:C8)", "General", { formula: "SUM(C7:C8)" }],
    ["", "General", { value: null }],
    ["SANN", "General", { value: true }],
  ])("%j in a %s cell → %j", (text, format, expected) => {
    expect(typedEntry(text, format)).toEqual(expected);
  });

  it("reads English conventions when the model is English", () => {
    expect(typedEntry("1,769.5", "General", "en")).toEqual({ value: 1769.5 });
    expect(typedEntry("258,5", "General", "en")).toEqual({ value: "258,5" });
  });
});

describe("checkValidation", () => {
  const beds: ValidationState = {
    type: "decimal",
    operator: "Between",
    formula1: 0,
    formula2: 5000,
    ignoreBlanks: true,
    errorAlert: { title: "Ugyldig", message: "Skriv et antall", style: "stop", show: true },
  };
  it.each([
    [12.5, true],
    [null, true],
    [-1, false],
    ["tekst", false],
    [5001, false],
  ])("beds rule: %j → %s", (value, ok) => {
    expect(checkValidation(beds, value).ok).toBe(ok);
  });

  it("refuses a fraction in a whole-number cell and accepts ISO-dated date bounds", () => {
    expect(checkValidation({ ...beds, type: "whole" }, 2.5)).toEqual({
      ok: false,
      title: "Ugyldig",
      message: "Skriv et antall",
    });
    const date: ValidationState = { ...beds, type: "date", formula1: "2000-01-01", formula2: "2100-12-31" };
    expect(checkValidation(date, 45611).ok).toBe(true);
    expect(checkValidation(date, 100).ok).toBe(false);
  });

  it("lets a warning-style rule through, as Excel asks and the user may go on", () => {
    expect(
      checkValidation({ ...beds, errorAlert: { title: "", message: "", style: "warning", show: true } }, -1)
        .ok,
    ).toBe(true);
  });
});
