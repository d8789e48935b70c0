import { describe, expect, it } from "vitest";
import { withTexts } from "../../../extension/background/figure-texts";
import type { FigureToFill } from "../../../extension/content/content-api";

const labels = { nb: "Døgnplasser", en: "Beds" };
const figure = (value: number | string, kind: FigureToFill["kind"] = "beds"): FigureToFill => ({
  id: "beds.all_total",
  value,
  kind,
  labels,
});

describe("a number's texts are written by the worker, for the content script's budget (docs/extension.md)", () => {
  it("plain ASCII digits without grouping, in each decimal style", () => {
    expect(withTexts(figure(1769.5)).texts).toEqual({ comma: "1769,5", point: "1769.5" });
    expect(withTexts(figure(1234567)).texts).toEqual({ comma: "1234567", point: "1234567" });
    expect(withTexts(figure(-12.25)).texts).toEqual({ comma: "-12,25", point: "-12.25" });
    // A zero has no sign; as many decimals as the value needs.
    expect(withTexts(figure(-0)).texts).toEqual({ comma: "0", point: "0" });
    expect(withTexts(figure(0.1 + 0.2)).texts).toEqual({
      comma: "0,30000000000000004",
      point: "0.30000000000000004",
    });
  });

  it("a date in each format a control may ask for, by its spelling, ISO first; none for a value that is no ISO date", () => {
    expect(withTexts(figure("2024-11-05", "date")).texts).toEqual({
      "yyyy-mm-dd": "2024-11-05",
      "dd.mm.yyyy": "05.11.2024",
      "dd/mm/yyyy": "05/11/2024",
      "mm/dd/yyyy": "11/05/2024",
      "dd-mm-yyyy": "05-11-2024",
    });
    expect(Object.keys(withTexts(figure("2024-11-05", "date")).texts ?? {})[0]).toBe("yyyy-mm-dd");
    expect(withTexts(figure("5.11.2024", "date")).texts).toEqual({});
  });

  it("any other text figure (an org. no., a note, a status) is sent as it is", () => {
    const org = figure("983 975 267", "org");
    expect(withTexts(org)).toBe(org);
    const note = figure("Ny post", "note");
    expect(withTexts(note)).toBe(note);
  });
});
