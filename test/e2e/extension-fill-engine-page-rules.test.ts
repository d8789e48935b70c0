import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContentRequest, FigureReport, FrameResult } from "../../extension/content/content-api";
import { callContent, contentRequest, launchBrowser } from "./forms/browser";

// What the page's own rules do to a figure, in Chromium: a number field's default step (HTML
// says 1 when `step` is absent), and page code that changes a value after it was written.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HOME = "Sykehus hjemme (ikke døgnplasser)";
const BOUGHT = "Kjøpt fra andre enheter (ikke med over)";

function formWith(label: string, input: string, script = ""): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title></head><body>
<h1>Døgnplasser 2024</h1><form onsubmit="return false">
<p><label for="x">${label}</label> ${input}</p>
</form><script>${script}</script></body></html>`;
}

/** The page's script: "Kjøpt fra andre enheter" stored in tenths on change (3 becomes 30). */
const TIMES_TEN = `document.getElementById('x').addEventListener('change', (event) => {
  const v = parseFloat(event.target.value.replace(',', '.'));
  if (!isNaN(v)) event.target.value = String(v * 10);
});`;

async function run(
  html: string,
  values: Record<string, number>,
  extra: Partial<ContentRequest> = {},
): Promise<{ result: FrameResult; value: string; report: FigureReport | undefined; page: Page }> {
  const page = await browser.newPage();
  await page.setContent(html);
  const result = (await callContent(
    page.mainFrame(),
    "run",
    contentRequest(values, { year: 2024, ...extra }),
  )) as FrameResult;
  const value = await page.evaluate(() => (document.getElementById("x") as HTMLInputElement).value);
  const id = Object.keys(values)[0] ?? "";
  return { result, value, report: result.figures?.find((row) => row.id === id), page };
}

describe("a number field without step takes whole numbers only (HTML's default step 1)", () => {
  const places = { "beds.hospital_at_home_places": 5.5 };

  it("refuses 5.5 in a bare type=number, names the step, and writes nothing", async () => {
    const { result, value, report, page } = await run(formWith(HOME, `<input id="x" type="number">`), places);
    await page.close();
    expect(result.reasons).toEqual({ "beds.hospital_at_home_places": "refused" });
    expect(report?.constraint).toBe("step");
    expect(value).toBe("");
  });

  it("says so in the preview already", async () => {
    const { report, page } = await run(formWith(HOME, `<input id="x" type="number">`), places, {
      mode: "plan",
    });
    await page.close();
    expect(report).toMatchObject({ outcome: "refused", constraint: "step" });
  });

  it('fills 5.5 where the page says step="any"', async () => {
    const { result, value, page } = await run(
      formWith(HOME, `<input id="x" type="number" step="any">`),
      places,
    );
    await page.close();
    expect(result.filled).toEqual(["beds.hospital_at_home_places"]);
    expect(value).toBe("5.5");
  });

  it("fills a whole number into a bare type=number", async () => {
    const { result, value, page } = await run(formWith(HOME, `<input id="x" type="number">`), {
      "beds.hospital_at_home_places": 12,
    });
    await page.close();
    expect(result.filled).toEqual(["beds.hospital_at_home_places"]);
    expect(value).toBe("12");
  });

  it("names max when the figure is above the field's maximum", async () => {
    const { report, value, page } = await run(formWith(HOME, `<input id="x" type="number" max="4">`), {
      "beds.hospital_at_home_places": 5,
    });
    await page.close();
    expect(report).toMatchObject({ outcome: "refused", constraint: "max" });
    expect(value).toBe("");
  });
});

describe("page code that changes a written figure", () => {
  const bought = { "beds.bought_from_other_units": 3 };

  it("puts back what the field held (empty) and reports both values", async () => {
    const { result, value, report, page } = await run(formWith(BOUGHT, `<input id="x">`, TIMES_TEN), bought);
    await page.close();
    expect(value).toBe("");
    expect(result.filled).toEqual([]);
    expect(result.mismatched).toEqual([{ id: "beds.bought_from_other_units", expected: "3", actual: "30" }]);
    expect(report).toMatchObject({ outcome: "mismatched", restored: true });
    // Nothing of ours stays on the page, so there is nothing to undo.
    expect(result.undoId).toBeUndefined();
  });

  it("with overwrite, puts back the user's own value even though the page changes it again", async () => {
    const { result, value, report, page } = await run(
      formWith(BOUGHT, `<input id="x" value="2">`, TIMES_TEN),
      bought,
      { overwrite: true },
    );
    await page.close();
    expect(value).toBe("2");
    expect(result.mismatched).toEqual([{ id: "beds.bought_from_other_units", expected: "3", actual: "30" }]);
    expect(report).toMatchObject({ outcome: "mismatched", restored: true });
  });

  it("leaves a figure the page only reformats (same number) filled", async () => {
    const reformat = `document.getElementById('x').addEventListener('change', (event) => {
      event.target.value = event.target.value.replace(',', '.');
    });`;
    const { result, value, page } = await run(formWith(BOUGHT, `<input id="x">`, reformat), {
      "beds.bought_from_other_units": 3.5,
    });
    await page.close();
    expect(result.filled).toEqual(["beds.bought_from_other_units"]);
    expect(value).toBe("3.5");
  });
});

/** The same ×10 as TIMES_TEN, done later: in a 0 ms timer, or in the next animation frame (as FAST renders). */
const TIMES_TEN_LATER = (
  later: "timer" | "frame",
) => `document.getElementById('x').addEventListener('change', (event) => {
  const v = parseFloat(event.target.value.replace(',', '.'));
  if (!isNaN(v)) ${later === "timer" ? "setTimeout" : "requestAnimationFrame"}(() => { event.target.value = String(v * 10); }${later === "timer" ? ", 0" : ""});
});`;

describe("page code that changes a written figure a little later (the read-back waits a task and a frame)", () => {
  for (const later of ["timer", "frame"] as const) {
    it(`in a ${later === "timer" ? "0 ms timer" : "animation frame"}: put back and reported with both values`, async () => {
      const { result, value, report, page } = await run(
        formWith(BOUGHT, `<input id="x">`, TIMES_TEN_LATER(later)),
        { "beds.bought_from_other_units": 3 },
      );
      await page.close();
      expect(result.filled).toEqual([]);
      expect(result.mismatched).toEqual([
        { id: "beds.bought_from_other_units", expected: "3", actual: "30" },
      ]);
      expect(report).toMatchObject({ outcome: "mismatched", restored: true });
      expect(value).toBe("");
    });
  }
});

/** The page's own check, as intranet forms write it: a decimal comma is marked invalid on change. */
const POINT_ONLY = `document.getElementById('x').addEventListener('change', (event) => {
  event.target.setCustomValidity(/,/.test(event.target.value) ? 'Use a decimal point' : '');
});`;

describe("a figure the page's own check marks invalid after the write (FINDINGS W4)", () => {
  it("is reported refused (validity), never filled, and the field is put back to what it held", async () => {
    const html = formWith(HOME, `<input id="x">`, POINT_ONLY);
    const { result, value, report, page } = await run(html, { "beds.hospital_at_home_places": 5.5 });
    const valid = await page.evaluate(
      () => (document.getElementById("x") as HTMLInputElement).validity.valid,
    );
    await page.close();
    expect(result.filled).toEqual([]);
    expect(result.reasons).toEqual({ "beds.hospital_at_home_places": "refused" });
    expect(report?.constraint).toBe("validity");
    expect(value).toBe("");
    expect(valid).toBe(true);
  });

  it("a figure the same check accepts is filled", async () => {
    const html = formWith(HOME, `<input id="x">`, POINT_ONLY);
    const { result, value, page } = await run(html, { "beds.hospital_at_home_places": 6 });
    await page.close();
    expect(result.filled).toEqual(["beds.hospital_at_home_places"]);
    expect(value).toBe("6");
  });
});

/** An activity form that says it writes decimal commas, with one box (adversary-4 h13, h15). */
function activityForm(label: string, input: string, script = ""): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title></head><body>
<h1>Aktivitet 2024</h1><p>Bruk desimalkomma.</p><form onsubmit="return false">
<p><label for="x">${label}</label> ${input}</p>
</form><script>${script}</script></body></html>`;
}

/** The page shows its figure formatted once written, as h15's blur does: "38,5 %". */
const SHOWN_WITH = (suffix: string) => `document.getElementById('x').addEventListener('change', (event) => {
  event.target.value = event.target.value + "${suffix}";
});`;

describe("numbers as a comma page shows them (adversary-4 B17)", () => {
  const BED_DAYS = "Liggedøgn, voksne";
  const COVERAGE = "Dekning DelMedMeg, voksne poliklinisk";

  it("a pre-filled «36.500» is 36 500 (thousands grouped by points), not 36,5", async () => {
    const html = activityForm(BED_DAYS, `<input id="x" value="36.500">`);
    const grouped = await run(html, { "activity.bed_days_adult": 36500 }, { mode: "check" });
    await grouped.page.close();
    expect(grouped.report?.outcome).toBe("matched");
    const decimal = await run(html, { "activity.bed_days_adult": 36.5 }, { mode: "check" });
    await decimal.page.close();
    expect(decimal.report?.outcome).toBe("mismatched");
  });

  it("twin: «41.5» (a point that groups nothing) still reads as 41,5", async () => {
    const { report, page } = await run(
      activityForm(BED_DAYS, `<input id="x" value="41.5">`),
      { "activity.bed_days_adult": 41.5 },
      { mode: "check" },
    );
    await page.close();
    expect(report?.outcome).toBe("matched");
  });

  it("a percentage the page shows as «38,5 %» after the write is read back as 38,5: filled", async () => {
    const { result, value, page } = await run(activityForm(COVERAGE, `<input id="x">`, SHOWN_WITH(" %")), {
      "activity.delmedmeg_coverage_pct": 38.5,
    });
    await page.close();
    expect(result.filled).toEqual(["activity.delmedmeg_coverage_pct"]);
    expect(value).toBe("38,5 %");
  });

  it("twin: a count the page shows with «%» is no count: put back, mismatched", async () => {
    const { result, value, report, page } = await run(
      activityForm(BED_DAYS, `<input id="x">`, SHOWN_WITH(" %")),
      { "activity.bed_days_adult": 36500 },
    );
    await page.close();
    expect(result.filled).toEqual([]);
    expect(report).toMatchObject({ outcome: "mismatched", restored: true });
    expect(value).toBe("");
  });
});

/** The page formats its figure with three decimals once written, as a point page's blur may: "36.500". */
const THREE_DECIMALS = `document.getElementById('x').addEventListener('change', (event) => {
  const v = Number(event.target.value);
  if (!Number.isNaN(v)) event.target.value = v.toFixed(3);
});`;

describe("numbers a point page shows so they can mean two figures (docs/extension.md, Reading figures back)", () => {
  const BED_DAYS = "Liggedøgn, voksne";
  const pointBox = (value = "") => `<input id="x" placeholder="0.0" value="${value}">`;

  it("a pre-filled «36.500» on a point page is neither 36,5 nor 36 500: never matched", async () => {
    const html = formWith(BED_DAYS, pointBox("36.500"));
    for (const figure of [36.5, 36500]) {
      const { report, page } = await run(
        html,
        { "activity.bed_days_adult": figure },
        { mode: "check", year: 2025 },
      );
      await page.close();
      expect([figure, report?.outcome, report?.actual]).toEqual([figure, "mismatched", "36.500"]);
    }
  });

  it("36.5 written and shown by the page as «36.500» is not called filled", async () => {
    const { result, report, page } = await run(formWith(BED_DAYS, pointBox(), THREE_DECIMALS), {
      "activity.bed_days_adult": 36.5,
    });
    await page.close();
    expect(result.filled).toEqual([]);
    expect(report).toMatchObject({ outcome: "mismatched", actual: "36.500" });
  });

  it("twin: «36.5» shown as «36.50» (no thousands it could be) is filled", async () => {
    const twoDecimals = THREE_DECIMALS.replace("toFixed(3)", "toFixed(2)");
    const { result, page } = await run(formWith(BED_DAYS, pointBox(), twoDecimals), {
      "activity.bed_days_adult": 36.5,
    });
    await page.close();
    expect(result.filled).toEqual(["activity.bed_days_adult"]);
  });

  it("a pre-filled «38 000» grouped by U+202F or U+00A0 is 38 000 on either page", async () => {
    for (const [box, text] of [
      [pointBox("38\u202f000"), "point, U+202F"],
      [`<input id="x" value="38\u00a0000">`, "comma, U+00A0"],
    ] as const) {
      const { report, page } = await run(
        formWith(BED_DAYS, box),
        { "activity.bed_days_adult": 38000 },
        { mode: "check" },
      );
      await page.close();
      expect([text, report?.outcome]).toEqual([text, "matched"]);
    }
  });

  it("an abbreviated «5,2 k» is never 5,2", async () => {
    const { report, page } = await run(
      formWith(BED_DAYS, `<input id="x" value="5,2 k">`),
      {
        "activity.bed_days_adult": 5.2,
      },
      { mode: "check" },
    );
    await page.close();
    expect(report?.outcome).toBe("mismatched");
  });
});
