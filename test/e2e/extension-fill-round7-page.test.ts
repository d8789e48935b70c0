// Round 7's pages that say whose boxes they show where the extension did not read it
// (test/e2e/forms/adversary-7/FINDINGS.md): CSS-only tabs whose checked radio "2024" shows last
// year's panel (E14), a wizard whose current step is "Bekreft fjorårets tall (2024)" (E15), a card
// whose year is said only in its footer "Tallene over gjelder 2024" (E22), and a unit of measure
// written after the box ("PHBU, i alt [ ] liggedøgn", E18). Each took figures of 2025 into boxes
// not theirs. Now none does; the twin, the same page saying this year's (or the figure's unit),
// is filled or accepted, so it is what the page says that keeps the figure out.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { frameClues, verdictOf } from "../../extension/background/frame-clues";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile, markedValues } from "./forms/fill-page";

const browser = browserForFile();

const FORMS = resolve(import.meta.dirname, "forms/adversary-7");
const form = (name: string) =>
  readFileSync(resolve(FORMS, `${name}.html`), "utf8").replace(/<script src="state\.js"[^>]*><\/script>/, "");
const FIGURES = Object.fromEntries(
  Object.entries(
    JSON.parse(readFileSync(resolve(FORMS, "../adversary-3/packages/telemark-2025-full.hso.json"), "utf8"))
      .values,
  ).filter(([, value]) => typeof value === "number"),
) as Record<string, number>;

/** Fills a form with the package's figures (2025); answers every marked box after. */
async function fill(html: string): Promise<Record<string, string>> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    await callContent(page.mainFrame(), "run", contentRequest(FIGURES, { year: 2025 }));
    return await markedValues(page);
  } finally {
    await page.close();
  }
}

/** The marked boxes of another year or measure (`x:…`) that hold something after the fill. */
const written = (after: Record<string, string>) =>
  Object.entries(after).filter(([key, value]) => key.startsWith("x:") && value !== "");

/** Whether the worker, reading the page as the popup does, calls it 2025's page. */
async function yearVerdict(html: string): Promise<string> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const clues = frameClues(await callContent(page.mainFrame(), "identity", {}));
    return verdictOf(clues?.years ?? [], "2025");
  } finally {
    await page.close();
  }
}

describe("CSS-only tabs: a checked radio labelled by a year shows that year's panel (E14)", () => {
  const html = form("e27-css-tabs-2024-open");

  it("e27: with 2024's tab open, no box gets a figure of 2025", async () => {
    expect(html).toContain('id="t24" checked');
    expect(written(await fill(html))).toEqual([]);
  });

  it("twin, e27: with 2025's tab open, its panel is filled", async () => {
    const after = await fill(
      html.replace('id="t24" checked', 'id="t24"').replace('id="t25"', 'id="t25" checked'),
    );
    expect(written(after)).toEqual([]);
    expect(after["beds.phbu_total"]).toBe("12");
    expect(after["beds.tsb_total"]).toBe("20,5");
  });

  it("twin, e27: tabs named otherwise ('Skjema' | 'Arkiv') choose no year: the open panel is filled", async () => {
    const after = await fill(
      html.replace(">2024</label>", ">Skjema</label>").replace(">2025</label>", ">Arkiv</label>"),
    );
    expect(after["x:ly-phbu"]).toBe("12");
  });
});

describe("a wizard's current step says which year its boxes are (E15)", () => {
  const html = form("e21-wizard-step-fjor");

  it("e21: the step 'Bekreft fjorårets tall (2024)' makes the page 2024's under a heading of 2025", async () => {
    expect(html).toContain('<li aria-current="step"><strong>Steg 2: Bekreft fjorårets tall (2024)');
    expect(await yearVerdict(html)).toBe("other");
  });

  it("twin, e21: the current step 'Årets tall (2025)' (or one naming no year) leaves it 2025's", async () => {
    const third = html
      .replace('<li aria-current="step">', "<li>")
      .replace("<li>Steg 3", '<li aria-current="step">Steg 3');
    expect(await yearVerdict(third)).toBe("same");
    const first = html
      .replace('<li aria-current="step">', "<li>")
      .replace("<li>Steg 1", '<li aria-current="step">Steg 1');
    expect(await yearVerdict(first)).toBe("same");
  });
});

describe("a card's footer saying whose the figures above are (E22)", () => {
  const html = form("e50-card-footer-year");

  it("e50: the card 'Tallene over gjelder 2024 (til kontroll).' gets no figure of 2025", async () => {
    const after = await fill(html);
    expect(written(after)).toEqual([]);
    expect(after["beds.phv_adult_hospital"]).toBe("46");
  });

  it("twin, e50: the same card's footer saying 2025 is filled", async () => {
    const after = await fill(html.replace("gjelder 2024 (til kontroll)", "gjelder 2025"));
    expect(after["x:ly-phbu"]).toBe("12");
    expect(after["x:ly-tsb"]).toBe("20,5");
  });
});

describe("a unit of measure written after the box counts as one in its name (E18)", () => {
  const html = form("e29-unit-suffix");

  it("e29: beds go into no bed-days box, sick leave (%) into no days box; TSB's places still filled", async () => {
    const after = await fill(html);
    expect(written(after)).toEqual([]);
    expect(after["beds.tsb_total"]).toBe("20,5");
  });

  it("twin, e29: the same boxes followed by their figures' units are filled", async () => {
    const after = await fill(
      html
        .replace("<span>liggedøgn</span>", "<span>plasser</span>")
        .replace("<span>dager</span>", "<span>%</span>"),
    );
    expect(after["x:phbu-bed-days"]).toBe("12");
    expect(after["x:sick-days"]).not.toBe("");
  });
});
