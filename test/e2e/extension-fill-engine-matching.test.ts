// The independent tester's round-2 findings on matching and the page's identity (test/e2e/forms/
// adversary-2/FINDINGS.md: M1, M3, M4, M8, M9, W5), run on the content script as the worker sends
// requests. Each case reads every control of its form afterwards: the figure meant for it, or what
// it held before — and each has its refused twin, where the same words must not fill.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import { unitClues } from "../../extension/background/unit-clues";
import { yearsOfLines } from "../../extension/background/year-lines";
import type { FrameResult, PageIdentity } from "../../extension/content/content-api";
import { REPORTING_UNITS, unitNames } from "../../shared/units/reporting-units";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

/** Telemark's 2025 beds, as test/e2e/forms/adversary-2/packages/telemark-2025-full.hso.json holds them. */
const BEDS = {
  "beds.unit_org": "983975267",
  "beds.year": 2025,
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phv_adult_total": 110,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.all_total": 142.5,
  "beds.temporarily_closed": 0,
  "beds.bought_from_other_units": 2,
  "beds.hospital_at_home_places": 4,
};
/** Telemark as the worker's request carries it: the registered name, the short names and aliases. */
const UNIT = requestUnit("983975267");

function formHtml(form: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-2", `${form}.html`), "utf8");
  // The form server's state reporter and libraries are not served here: the controls are read
  // directly, and Fluent's web components are added from node_modules (withPage).
  return html.replace(/<script[^>]* src="\/(state|vendor\/fluent-wc)\.js"[^>]*><\/script>/g, (tag) =>
    tag.includes("fluent-wc") ? "<!-- /vendor/fluent-wc.js -->" : "",
  );
}

/** What every `data-k` control holds now, by key (a checkbox as "true" / "false"). */
function heldNow(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((element) => [
        element.dataset.k as string,
        element.type === "checkbox" || element.localName === "fluent-checkbox"
          ? String(element.checked)
          : String(element.value ?? ""),
      ]),
    ),
  );
}

/** Fluent UI's web components as SharePoint pages load them (the package's own bundle). */
const FLUENT_WC = resolve(
  import.meta.dirname,
  "../../node_modules/@fluentui/web-components/dist/web-components-all.min.js",
);

async function withPage<T>(html: string, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    if (html.includes("/vendor/fluent-wc.js")) {
      await page.addScriptTag({ path: FLUENT_WC, type: "module" });
      await page.evaluate(() => customElements.whenDefined("fluent-text-input"));
    }
    return await run(page);
  } finally {
    await page.close();
  }
}

/** Fills a page by labels alone and answers what every `data-k` control holds after, by key. */
async function fill(html: string, values: Record<string, number | string> = BEDS, unit = UNIT) {
  return withPage(html, async (page) => {
    const request = contentRequest(values, { year: 2025, ...(unit ? { unit } : {}) });
    const initial = await heldNow(page);
    const result = (await callContent(page.mainFrame(), "run", request)) as FrameResult;
    return { result, held: await heldNow(page), initial };
  });
}

/** Every decoy ("x:…") holds what the form gave it, every other control its figure or nothing. */
function onlyMeant(
  held: Record<string, string>,
  meant: Record<string, string>,
  initial: Record<string, string> = {},
) {
  for (const [key, value] of Object.entries(held)) {
    const expected = key in meant ? meant[key] : key.startsWith("x:") ? (initial[key] ?? "") : "";
    expect([key, value]).toEqual([key, expected]);
  }
}

describe("the catalogue's abbreviations work both ways (M1)", () => {
  it("fills PHBU and TSB under headings that spell the areas out (f11)", async () => {
    const { held } = await fill(formHtml("f11-headings-spelled-out"));
    onlyMeant(held, {
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
      "beds.hospital_at_home_places": "4",
      "beds.all_total": "142,5",
    });
  });

  it("a spelled-out heading naming another area still rules a field out", async () => {
    const { result, held } = await fill(
      `<h1>Døgnplasser 2025</h1>
       <h2>Psykisk helsevern for voksne</h2><p><label>PHBU, i alt <input data-k="x:phbu_under_adults"></label></p>
       <h2>Tverrfaglig spesialisert rusbehandling</h2><p><label>Herav midlertidig stengt <input data-k="x:closed_tsb"></label></p>`,
    );
    onlyMeant(held, {});
    expect(result.filled).toEqual([]);
  });

  it("a field named in full is the abbreviation's: 'Psykisk helsevern for barn og unge, i alt'", async () => {
    const { held } = await fill(
      `<h1>Døgnplasser 2025</h1>
       <p><label>Psykisk helsevern for barn og unge, i alt <input data-k="beds.phbu_total"></label></p>
       <p><label>Tverrfaglig spesialisert rusbehandling, i alt <input data-k="beds.tsb_total"></label></p>
       <p><label>Psykisk helsevern for barn og unge, sykehusnivå <input data-k="x:phbu_hospital"></label></p>`,
    );
    onlyMeant(held, { "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
  });
  it("a page's title naming an area gives no other field's figure to the box under it", async () => {
    // The h1's words cost as a heading further out does: "Antall døgnplasser" under a title "Barn og
    // unge (PHBU)" is never the unit's 142,5 (all beds); PHBU's 12 or nothing.
    const { held } = await fill(
      `<h1>Barn og unge (PHBU)</h1><p><label>Antall døgnplasser <input data-k="children_beds"></label></p>`,
    );
    expect(["", "12"]).toContain(held.children_beds);
  });
});

describe("a heading that names 'other areas' (M1, f01b)", () => {
  it("'Andre fagområder' over 'PHBU, i alt' and 'TSB, i alt' (Fluent web components): both filled, nothing else", async () => {
    const { held, initial } = await fill(formHtml("f01b-sharepoint-wc-heading"));
    // The unit's "Herav midlertidig stengt" under "Andre fagområder" may be those areas' closed
    // beds: left alone. Last year's TSB box, the explanation, the ticked box and the switch too.
    onlyMeant(
      held,
      {
        "beds.unit_org": "983975267",
        "beds.year": "2025",
        "beds.phv_adult_hospital": "46",
        "beds.phv_adult_dps": "64",
        "beds.phv_adult_total": "110",
        "beds.phbu_total": "12",
        "beds.tsb_total": "20,5",
      },
      initial,
    );
  });

  it("'Andre fagområder' still rules out a label that names no area: no unit total, no closed count", async () => {
    const { result, held } = await fill(
      `<h1>Døgnplasser 2025</h1><h2>Andre fagområder</h2>
       <p><label>Antall døgnplasser <input data-k="x:other_areas_beds"></label></p>
       <p><label>Døgnplasser i alt <input data-k="x:other_areas_total"></label></p>
       <p><label>Herav midlertidig stengt <input data-k="x:other_areas_closed"></label></p>
       <h2>Andre plasser</h2><p><label>Sykehus hjemme <input data-k="x:other_home"></label></p>`,
    );
    onlyMeant(held, {});
    expect(result.filled).toEqual([]);
  });
});

describe("section counts in a table (M4) and the unit list without '(org.nr.)' (M3)", () => {
  it("fills each section's count, this year's column ('2025', 'I år') only (f05)", async () => {
    const html = formHtml("f05-beds-sections");
    const initial = await withPage(html, (page) =>
      page.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((e) => [
            e.dataset.k as string,
            e.type === "checkbox" ? String(e.checked) : e.value,
          ]),
        ),
      ),
    );
    const { held } = await fill(html);
    onlyMeant(
      held,
      {
        "beds.unit_org": "983975267",
        "beds.year": "2025",
        "beds.phv_adult_hospital": "46",
        "beds.phv_adult_dps": "64",
        "beds.phbu_total": "12",
        "beds.tsb_total": "20,5",
        "beds.all_total": "142,5",
        "beds.temporarily_closed": "0",
        // The form's own sum of hospital and DPS (read-only, never typed into).
        "x:t_now_computed": "110",
      },
      initial,
    );
  });

  it("a list for another unit ('Mottakende enhet') is not the reporting unit's", async () => {
    const { result, held } = await fill(
      `<h1>Døgnplasser 2025</h1>
       <p><label>Mottakende enhet <select data-k="x:receiving"><option value="">– velg –</option>
        <option value="983975267">Sykehuset Telemark HF</option></select></label></p>`,
      { "beds.unit_org": "983975267" },
    );
    onlyMeant(held, {});
    expect(result.reasons).toEqual({ "beds.unit_org": "not_found" });
  });
});

describe("an explanation box that does not repeat its figure's words", () => {
  const NOTES = {
    ...BEDS,
    "note.beds.phbu_total": "Ny post åpnet i mars.",
    "note.beds.tsb_total": "To plasser lagt ned.",
    "note.beds.phv_adult_total": "Midlertidig nedtrekk.",
  };
  const part = (legend: string, body: string) => `<fieldset><legend>${legend}</legend>${body}</fieldset>`;
  const field = (label: string, key: string) => `<p><label>${label} <input data-k="${key}"></label></p>`;
  const box = (label: string, key: string) =>
    `<p><label>${label} <textarea data-k="${key}"></textarea></label></p>`;

  it("goes into the one clearly labelled explanation text area of its figure's section; a number never", async () => {
    const { held } = await fill(
      `<h1>Døgnplasser 2025</h1>
       ${part("Spørsmål 4", field("PHBU, i alt", "beds.phbu_total") + box("Forklaring ved endring", "note.beds.phbu_total"))}
       ${part("Spørsmål 5", field("TSB, i alt", "beds.tsb_total") + box("Kommentar", "note.beds.tsb_total"))}
       ${part("Spørsmål 6", `${field("PHV voksne, i alt", "beds.phv_adult_total")}<p><label>Forklaring ved endring <input data-k="x:text_box"></label></p>`)}
       ${box("Kommentar til skjemaet", "x:form_comment")}`,
      NOTES,
    );
    onlyMeant(held, {
      "beds.phbu_total": "12",
      "note.beds.phbu_total": "Ny post åpnet i mars.",
      "beds.tsb_total": "20,5",
      "note.beds.tsb_total": "To plasser lagt ned.",
      "beds.phv_adult_total": "110",
    });
  });

  it("two such boxes in the section, a section of two figures, a box naming something else or outside any section: none written", async () => {
    const { result, held } = await fill(
      `<h1>Døgnplasser 2025</h1>
       ${part("Spørsmål 4", field("PHBU, i alt", "beds.phbu_total") + box("Forklaring ved endring", "x:first") + box("Kommentar", "x:second"))}
       ${part("Spørsmål 5", field("TSB, i alt", "beds.tsb_total") + field("PHV voksne, i alt", "beds.phv_adult_total") + box("Forklaring ved endring", "x:shared"))}`,
      NOTES,
    );
    onlyMeant(held, { "beds.phbu_total": "12", "beds.tsb_total": "20,5", "beds.phv_adult_total": "110" });
    const outcome = (id: string) => result.figures?.find((row) => row.id === id);
    expect(outcome("note.beds.phbu_total")).toMatchObject({ outcome: "ambiguous" });
    expect(outcome("note.beds.phbu_total")?.candidates).toHaveLength(2);
    // A section that holds two figures' fields: its one box is the section's, neither figure's.
    expect(outcome("note.beds.tsb_total")?.outcome).toBe("not_found");
    expect(outcome("note.beds.phv_adult_total")?.outcome).toBe("not_found");

    const apart = await fill(
      `<h1>Døgnplasser 2025</h1>
       ${part("Spørsmål 4", field("PHBU, i alt", "beds.phbu_total") + box("Ansvarlig", "x:owner") + box("Forklaring ved endring fra i fjor", "x:last_year"))}
       ${field("TSB, i alt", "beds.tsb_total")}${box("Forklaring ved endring", "x:no_section")}`,
      NOTES,
    );
    onlyMeant(apart.held, { "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
  });
});

describe("a unit list that shows short names (M8)", () => {
  const UNIT_ONLY = { "beds.unit_org": "983975267", "beds.year": 2025, "beds.phv_adult_total": 110 };
  const list = (...options: string[]) =>
    `<h1>Døgnplasser 2025</h1><p><label for="u">Rapporterende enhet</label> <select id="u" data-k="unit">
      <option value="">– velg –</option>${options.map((text, index) => `<option value="o${index}">${text}</option>`).join("")}
     </select></p>`;
  const unitRow = (result: FrameResult) => result.figures?.find((row) => row.id === "beds.unit_org");

  it("chooses the option that is the unit's short name: 'Telemark' (f18b)", async () => {
    const { held } = await fill(formHtml("f18b-unit-short-names"), UNIT_ONLY);
    onlyMeant(held, { "beds.unit_org": "TE", "beds.year": "2025", "beds.phv_adult_total": "110" });
  });

  it("chooses an alias only as an option's whole text, never a part or a near spelling", async () => {
    for (const near of [
      "Telemark og Vestfold",
      "Telemarksforskning",
      "Sykehuset Telemark HF, Kragerø",
      "Telemak",
    ]) {
      const { result, held } = await fill(list("Vestre Viken", near, "Innlandet"), UNIT_ONLY);
      expect([near, held.unit]).toEqual([near, ""]);
      expect(unitRow(result)?.outcome).toBe("no_option");
    }
  });

  it("two options that both name the unit: neither chosen, both named", async () => {
    const { result, held } = await fill(list("Vestfold", "Telemark", "Sykehuset Telemark"), UNIT_ONLY);
    expect(held.unit).toBe("");
    expect(unitRow(result)).toMatchObject({
      outcome: "ambiguous",
      options: ["Telemark", "Sykehuset Telemark"],
    });
  });

  it("a short name two units declare chooses nothing (the worker leaves it out)", async () => {
    // A units list in which Vestfold were also called "Telemark": the name stands for two units.
    const units = REPORTING_UNITS.map((unit) =>
      unit.org === "983975259" ? { ...unit, aliases: [...unit.aliases, "Telemark"] } : unit,
    );
    const { result, held } = await fill(
      formHtml("f18b-unit-short-names"),
      UNIT_ONLY,
      requestUnit("983975267", units),
    );
    onlyMeant(held, { "beds.year": "2025", "beds.phv_adult_total": "110" });
    expect(unitRow(result)?.outcome).toBe("no_option");
  });
});

describe("help text is no column header (M9)", () => {
  it("fills boxes whose help only compares with last year (f23)", async () => {
    const { held } = await fill(formHtml("f23-help-mentions-last-year"));
    onlyMeant(held, { "beds.phv_adult_total": "110", "beds.phbu_total": "12", "beds.tsb_total": "20,5" });
  });

  it("leaves boxes whose help asks for last year's figure", async () => {
    const { result, held } = await fill(
      `<h1>Døgnplasser 2025</h1>
       <p><label for="a">PHV voksne, i alt</label> <input id="a" aria-describedby="ha" data-k="x:asks_last_year">
        <small id="ha">Oppgi antall plasser som var i drift i fjor.</small></p>
       <p><label for="b">PHBU, i alt</label> <input id="b" placeholder="Fjorårets tall" data-k="x:placeholder_last_year"></p>
       <p><label for="c">TSB, i alt</label> <input id="c" title="Tall per 31.12.2024" data-k="x:dated_2024"></p>`,
    );
    onlyMeant(held, {});
    expect(result.filled).toEqual([]);
  });
});

describe("the page's identity", () => {
  const units = REPORTING_UNITS.map((unit) => ({ org: unit.org, name: unit.name, names: unitNames(unit) }));
  const identityOf = (html: string) =>
    withPage(html, (page) => callContent(page.mainFrame(), "identity", {}) as Promise<PageIdentity>);
  const values = (clues: ReadonlyArray<{ value: string }>) => [...new Set(clues.map((clue) => clue.value))];
  // The worker reads the figures' year from the lines of text the page sends (year-lines.ts).
  const yearsOf = (identity: PageIdentity) =>
    values([...identity.years, ...yearsOfLines(identity.lines ?? [])]);

  it("reads the year a line of text says the figures are for (W5, f09d)", async () => {
    const identity = await identityOf(formHtml("f09d-year-in-url"));
    expect(yearsOf(identity)).toEqual(["2024"]);
  });

  it("does not read a deadline's date or a comparison's year as the figures' year", async () => {
    const identity = await identityOf(
      `<h1>Døgnplasser</h1><p>Frist for rapportering: 15.02.2026</p><p>Tall fra 2023 vises til sammenligning.</p>`,
    );
    expect(yearsOf(identity)).toEqual([]);
  });

  it("knows a unit by the short names and aliases the units list declares (M8)", async () => {
    const named = async (text: string) =>
      values(unitClues((await identityOf(`<h1>${text}</h1>`)).named, units));
    expect(await named("Døgnplasser 2025 – Vestre Viken")).toEqual(["894166762"]);
    expect(await named("Døgnplasser 2025 – SiV")).toEqual(["983975259"]);
    expect(await named("Døgnplasser 2025 – Sykehuset Telemark")).toEqual(["983975267"]);
    expect(await named("Døgnplasser 2025 – Telemark")).toEqual(["983975267"]);
  });

  it("never by a guess: a first name, part of a word or the region's name is no unit", async () => {
    const named = async (text: string) =>
      values(unitClues((await identityOf(`<h1>${text}</h1>`)).named, units));
    expect(await named("Kontakt: Siv Hansen")).toEqual([]);
    expect(await named("Telemarksforskning")).toEqual([]);
    expect(await named("Helse Sør-Øst – intranett")).toEqual([]);
    expect(await named("Vestre Vikens venner")).toEqual([]);
  });
});
