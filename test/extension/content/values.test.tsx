import { describe, expect, it } from "vitest";
import { decimalStyle } from "../../../extension/content/decimal-style";
import { figureText } from "../../../extension/content/figure-text";
import { fillOrder } from "../../../extension/content/fill-order";
import { isReloadTrigger } from "../../../extension/content/is-reload-trigger";
import { normalizeLabel } from "../../../extension/content/normalize-label";
import { sameValue } from "../../../extension/content/same-value";
import { setFormWords } from "../../../extension/content/words";
import { formWords } from "../../../extension/i18n/form-words";
import { formProfileSchema } from "../../../extension/profile/form-profile";
import { figure, input, page } from "./figures";

// The page's words for its decimals ("desimalkomma") come with each request; runRequest installs them.
setFormWords(formWords());

describe("normalizeLabel", () => {
  it.each([
    ["PHV voksne, DPS *:", "phv voksne, dps"],
    ["  PHV\u00a0voksne,\u202fDPS  ", "phv voksne, dps"],
    ["Telledato:", "telledato"],
    ["Sick leave ∗", "sick leave"],
  ])("%j → %j", (text, expected) => {
    expect(normalizeLabel(text)).toBe(expected);
  });
});

describe("figureText and decimalStyle", () => {
  it("writes plain digits in the form's style, org. numbers as digits, dates as the control expects", () => {
    page(`<input id="t"><input id="n" type="number"><input id="d" type="date"><input id="e" lang="en">`);
    expect(figureText(figure("beds.all_total", 1769.5), input("t"), decimalStyle(input("t")))).toBe("1769,5");
    expect(figureText(figure("beds.all_total", 1769.5), input("n"), decimalStyle(input("n"), "comma"))).toBe(
      "1769.5",
    );
    expect(figureText(figure("beds.all_total", 1769.5), input("e"), decimalStyle(input("e")))).toBe("1769.5");
    expect(figureText(figure("beds.unit_org", "983 975 267"), input("t"), "comma")).toBe("983975267");
    expect(figureText(figure("beds.count_date", "2024-11-15"), input("t"), "comma")).toBe("15.11.2024");
    expect(figureText(figure("beds.count_date", "2024-11-15"), input("d"), "comma")).toBe("2024-11-15");
  });
});

describe("sameValue", () => {
  it.each([
    ["1 769,5", "comma", true],
    ["1769,5", "comma", true],
    ["1769.5", "point", true],
    ["1,769.5", "point", true],
    ["1769", "comma", false],
    ["", "comma", false],
    ["abc", "comma", false],
  ] as const)("1769.5 vs %j (%s) → %s", (text, style, expected) => {
    expect(sameValue(figure("beds.all_total", 1769.5), text, style)).toBe(expected);
  });

  it("reads thousands grouped by U+202F and U+00A0 in either style", () => {
    for (const text of ["38\u202f000", "38\u00a0000", "38 000"])
      for (const style of ["comma", "point"] as const)
        expect([text, style, sameValue(figure("activity.bed_days_adult", 38000), text, style)]).toEqual([
          text,
          style,
          true,
        ]);
  });

  it("never calls a point page's «36.500» or an abbreviated «5,2 k» the figure (36,5 or 36 500?)", () => {
    for (const value of [36.5, 36500])
      expect(sameValue(figure("activity.bed_days_adult", value), "36.500", "point")).toBe(false);
    for (const value of [5.2, 5200])
      for (const style of ["comma", "point"] as const)
        expect(sameValue(figure("activity.bed_days_adult", value), "5,2 k", style)).toBe(false);
    // A comma page groups thousands with points (adversary-4 B17): 36 500, not 36,5.
    expect(sameValue(figure("activity.bed_days_adult", 36500), "36.500", "comma")).toBe(true);
    expect(sameValue(figure("activity.bed_days_adult", 36.5), "36.500", "comma")).toBe(false);
  });

  it("compares org. numbers by digits and dates in either spelling", () => {
    expect(sameValue(figure("beds.unit_org", "983975267"), "983 975 267", "comma")).toBe(true);
    expect(sameValue(figure("beds.count_date", "2024-11-05"), "5.11.2024", "comma")).toBe(true);
    expect(sameValue(figure("beds.count_date", "2024-11-05"), "6.11.2024", "comma")).toBe(false);
  });
});

describe("fillOrder", () => {
  it("sorts by the profile's order, unordered fields last, stable otherwise", () => {
    const figures = ["beds.tsb_total", "beds.phbu_total", "beds.unit_org", "beds.year"].map((id) =>
      figure(id, 1),
    );
    const profile = formProfileSchema.parse({
      name: "p",
      urlPattern: "https://a.no/*",
      fields: { "beds.year": { name: "y", order: 2 }, "beds.unit_org": { name: "u", order: 1 } },
    });
    expect(fillOrder(figures, profile).map((entry) => entry.id)).toEqual([
      "beds.unit_org",
      "beds.year",
      "beds.tsb_total",
      "beds.phbu_total",
    ]);
    expect(fillOrder(figures).map((entry) => entry.id)).toEqual(figures.map((entry) => entry.id));
  });
});

describe("isReloadTrigger", () => {
  it.each([
    [`javascript:setTimeout('__doPostBack(\\'ctl00$x\\',\\'\\')', 0)`, true],
    ["this.form.submit()", true],
    ["form.requestSubmit()", true],
    ["recalc()", false],
  ])("onchange=%j → %s", (handler, expected) => {
    page(`<input id="a">`);
    input("a").setAttribute("onchange", handler);
    expect(isReloadTrigger(input("a"))).toBe(expected);
  });
});

describe("decimalStyle from the page's own evidence (FINDINGS W4)", () => {
  it("an English lang over Norwegian text, or a page saying 'desimalkomma', writes the comma", () => {
    page(`<p>Døgnplasser for året; bruk tall på én linje, også for sykefravær.</p><input id="t">`, "en-us");
    expect(decimalStyle(input("t"))).toBe("comma");
    page(`<p>Beds. Use desimalkomma.</p><input id="t">`, "en-us");
    expect(decimalStyle(input("t"))).toBe("comma");
  });

  it("an English page in English keeps the point; other fields showing points say point", () => {
    page(`<p>Beds for the year, in whole or half beds.</p><input id="t">`, "en-us");
    expect(decimalStyle(input("t"))).toBe("point");
    page(`<input id="o" placeholder="0.0"><input id="t">`);
    expect(decimalStyle(input("t"))).toBe("point");
  });
});
