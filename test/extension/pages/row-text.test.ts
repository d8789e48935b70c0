import { describe, expect, it } from "vitest";
import { fieldText } from "../../../extension/pages/popup/row-text";

describe("a field as the popup and the profile test name it", () => {
  const field = { score: 1, current: "", locators: [] };
  it("is its label, then its section after a dash", () => {
    expect(fieldText({ ...field, label: "TSB, i alt", section: "Voksne" })).toBe("TSB, i alt – Voksne");
    expect(fieldText({ ...field, label: "TSB, i alt", section: "" })).toBe("TSB, i alt");
  });
  it("is its section alone when it has no name (a table cell's input), without a dash in front", () => {
    expect(fieldText({ ...field, label: "", section: "Antall døgnplasser › 2025 › Voksne – DPS" })).toBe(
      "Antall døgnplasser › 2025 › Voksne – DPS",
    );
  });
});
