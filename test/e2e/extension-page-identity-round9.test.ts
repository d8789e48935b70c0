// Round 9's pages whose unit or year only the identity call can read (test/e2e/forms/adversary-9).
// Choices.js draws its unit picker (`div.choices[role=combobox]`) around the page's own hidden
// `<select>`, which holds the choice, and a dropdown list of every option (adversary round 9).
// Read as text, the combobox said every option at once ("Velg …Sykehuset i Vestfold HFSykehuset
// Telemark HF…"), so the page's chosen unit, Vestfold, was never seen: Telemark's four figures
// went into Vestfold's form. Run on the content script's identity call as the worker makes it.
import { describe, expect, it } from "vitest";
import type { PageIdentity } from "../../extension/content/content-api";
import { callContent } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

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

async function identityOf(html: string): Promise<PageIdentity> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    return (await callContent(page.mainFrame(), "identity", {})) as PageIdentity;
  } finally {
    await page.close();
  }
}

const named = async (html: string) => (await identityOf(html)).named.map((clue) => clue.text);

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

// Oracle APEX's Display Only item (G6): the year shown in a span beside its label, kept in the
// hidden input the label points at. The page went for 2025's though it is 2024's.
describe("a hidden input named by its label says the page's year (adversary round 9, G6)", () => {
  const apex = (name: string, year: string) => `<!doctype html><html lang="nb"><body>
<h2>Døgnplasser – Sykehuset Telemark HF</h2>
<div class="t-Form-fieldContainer"><label for="P10_AAR">${name}</label>
<input type="hidden" id="P10_AAR" name="P10_AAR" value="${year}"><span id="P10_AAR_DISPLAY" class="display_only">${year}</span></div>
<label for="P10_PHV_H">PHV voksne, sykehusnivå</label><input id="P10_PHV_H"></body></html>`;

  it("«Rapporteringsår» 2024: the page says 2024", async () => {
    const { years } = await identityOf(apex("Rapporteringsår", "2024"));
    expect(years.map((clue) => clue.value)).toContain("2024");
  });

  it("twin: a hidden input labelled otherwise («Saksnummer» 2024) says no year", async () => {
    const { years } = await identityOf(apex("Saksnummer", "2024"));
    expect(years.map((clue) => clue.value)).not.toContain("2024");
  });
});
