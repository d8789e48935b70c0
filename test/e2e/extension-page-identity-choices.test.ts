// Choices.js draws its unit picker (`div.choices[role=combobox]`) around the page's own hidden
// `<select>`, which holds the choice, and a dropdown list of every option (adversary round 9).
// Read as text, the combobox said every option at once ("Velg …Sykehuset i Vestfold HFSykehuset
// Telemark HF…"), so the page's chosen unit, Vestfold, was never seen: Telemark's four figures
// went into Vestfold's form. Run on the content script's identity call as the worker makes it.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageIdentity } from "../../extension/content/content-api";
import { callContent, launchBrowser } from "./forms/browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const UNITS = [
  ["983975240", "Sykehuset i Vestfold HF"],
  ["983975267", "Sykehuset Telemark HF"],
] as const;

/** Choices.js's DOM after init with `chosen` selected ("" for its placeholder). */
const choicesPage = (chosen: string) => {
  const options = UNITS.map(
    ([org, name]) => `<option value="${org}"${org === chosen ? " selected" : ""}>${name}</option>`,
  ).join("");
  const shown = UNITS.find(([org]) => org === chosen)?.[1] ?? "Velg …";
  const list = UNITS.map(
    ([org, name]) =>
      `<div class="choices__item choices__item--choice" role="option" aria-selected="${org === chosen}">${name}</div>`,
  ).join("");
  return `<!doctype html><html lang="nb"><head><title>Døgnplasser 2025</title></head><body><h1>Døgnplasser 2025</h1><form>
<label for="enhet">Rapporterende enhet</label>
<div class="choices" role="combobox" aria-autocomplete="list" aria-haspopup="true" aria-expanded="false">
  <div class="choices__inner"><select id="enhet" class="choices__input" hidden><option value="">Velg …</option>${options}</select>
    <div class="choices__list choices__list--single" role="listbox"><div class="choices__item" role="option" aria-selected="true">${shown}</div></div></div>
  <div class="choices__list choices__list--dropdown" aria-expanded="false"><input type="search" aria-label="Velg …"><div class="choices__list" role="listbox">${list}</div></div>
</div>
<label for="i1">PHV voksne, sykehusnivå</label><input id="i1"></form></body></html>`;
};

async function named(html: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    const identity = (await callContent(page.mainFrame(), "identity", {})) as PageIdentity;
    return identity.named.map((clue) => clue.text);
  } finally {
    await page.close();
  }
}

describe("a Choices.js unit picker says the unit chosen in its select (adversary round 9)", () => {
  it("Vestfold chosen: the page names Vestfold, not every option", async () => {
    const texts = await named(choicesPage("983975240"));
    expect(texts).toContain("Sykehuset i Vestfold HF");
    expect(texts.some((text) => text.includes("Telemark"))).toBe(false);
  });

  it("twin: Telemark chosen names Telemark; the placeholder names no unit", async () => {
    expect(await named(choicesPage("983975267"))).toContain("Sykehuset Telemark HF");
    const none = await named(choicesPage(""));
    expect(none.some((text) => /Vestfold|Telemark/.test(text))).toBe(false);
  });
});
