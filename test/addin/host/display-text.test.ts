import { describe, expect, it } from "vitest";
import { displayText } from "../../../addin/host/display-text";

describe("a cell's text as a Norwegian Excel shows it", () => {
  it("shows the decimals of a format without a # before its 0 (a share's 0.0, a waiting time's)", () => {
    expect(displayText(20, "0.0")).toBe("20,0");
    expect(displayText(22.35, "0.0")).toBe("22,4");
    expect(displayText(43, "0")).toBe("43");
  });

  it("keeps the optional # decimals only where they are not zero (a percentage's 0.0#)", () => {
    expect(displayText(38.5, "0.0#")).toBe("38,5");
    expect(displayText(38.25, "0.0#")).toBe("38,25");
    expect(displayText(38, "0.0#")).toBe("38,0");
  });

  it("as before for the formats with a # (FTE, counts, beds)", () => {
    expect(displayText(12.5, "#,##0.00")).toBe("12,50");
    expect(displayText(5050, "#,##0")).toBe("5050");
    expect(displayText(-3, "#,##0.0")).toBe("\u22123,0");
  });
});

describe("rounding as Excel shows it", () => {
  it("rounds the decimal figure half away from zero (41,55 shows 41,6; toFixed gives 41,5)", () => {
    expect(displayText(41.55, "0.0")).toBe("41,6");
    expect(displayText(-41.55, "0.0")).toBe("\u221241,6");
    expect(displayText(1.005, "#,##0.00")).toBe("1,01");
  });
});
