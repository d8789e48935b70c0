import { describe, expect, it, vi } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import {
  hintedYears,
  saysLastYear,
  setFormWords,
  unsentYears,
  wordsInUse,
  wordsOf,
  yearsIn,
} from "../../../extension/content/words";
import { formWords } from "../../../extension/i18n/form-words";
import { NB_SYMBOLS } from "../../../shared/numbers/number-symbols";
import { ownNames } from "../catalogue-own-names";

// The words come with each request (i18n/form-words.ts); runRequest installs them.
setFormWords(formWords());

describe("the words forms are read with come with the request", () => {
  it("reads nothing without them: no 'i fjor' known would fill last year's column", async () => {
    vi.resetModules();
    const fresh = await import("../../../extension/content/words");
    expect(() => fresh.saysLastYear("Antall i fjor")).toThrow("form_words_missing");
    expect(() => fresh.wordsOf("Antall døgnplasser")).toThrow("form_words_missing");
    expect(() => fresh.setFormWords(undefined)).toThrow("form_words_missing");
    fresh.setFormWords(formWords());
    expect(fresh.saysLastYear("Antall i fjor")).toBe(true);
    expect(fresh.wordsOf("Antall døgnplasser i alt")).toEqual(["døgnplasser", "total"]);
  });

  it("they carry nb-NO's number symbols, which the content script does not read from Intl itself", () => {
    const { symbols, ...words } = formWords();
    expect(symbols).toEqual({ groups: [...NB_SYMBOLS.groups], minus: [...NB_SYMBOLS.minus] });
    // Without them a figure written could not be read back: the words are refused.
    expect(() => setFormWords(words as never)).toThrow("form_words_missing");
    setFormWords(formWords());
  });

  it("they name the locked boxes that say whose card it is: 'År' or 'Enhet' alone, normalized", () => {
    const { lockedYear, lockedUnit } = wordsInUse();
    for (const name of ["år", "rapporteringsår", "year", "reporting year"])
      expect(lockedYear.test(name)).toBe(true);
    for (const name of ["enhet", "helseforetak", "foretak", "unit"]) expect(lockedUnit.test(name)).toBe(true);
    // A locked sum or a change from last year says nothing of the card's year or unit.
    for (const name of ["endring fra forrige år", "år 1", "sum", "enhetens navn"]) {
      expect(lockedYear.test(name)).toBe(false);
      expect(lockedUnit.test(name)).toBe(false);
    }
  });

  it("reads with the words sent: a word the worker adds counts at once", () => {
    const words = formWords();
    setFormWords({ ...words, filler: [...words.filler, "døgnplasser"] });
    expect(wordsOf("Antall døgnplasser i alt")).toEqual(["total"]);
    setFormWords(words);
    expect(wordsOf("Antall døgnplasser i alt")).toEqual(["døgnplasser", "total"]);
  });
});

describe("last year said in other words (adversary round 5, C2, C3)", () => {
  it.each([
    "Året før",
    "Tidligere rapportert",
    "Tidligere innrapportert",
    "The year before",
    "Previously reported",
    // An earlier plan's table (C26's c02): "Forrige plan (laget 2024)" over the same years.
    "Forrige plan",
    "Planlagte døgnplasser – forrige plan",
    "Previous plan",
  ])("%s is last year's", (text) => expect(saysLastYear(text)).toBe(true));
  it.each([
    "Rapporteringsåret",
    "Ny rapportering",
    "Rapportert 2025",
    "Året 2025",
    "Ikke tidligere rapportert",
    "Ny plan",
    "Planlagte døgnplasser 2026–2032",
  ])("%s is not", (text) => expect(saysLastYear(text)).toBe(false));
});

describe("last year in abbreviations and shorthands (adversary round 7, E1–E4, E6–E8)", () => {
  it.each([
    "Fj.år",
    "Fj. år",
    "Fj.",
    "Fjor",
    "Fjor (2024)",
    "Foreg. år",
    "Forr. periode",
    "T-1",
    "T – 1",
    "LY",
    "LY (2024)",
    "Sist rapportert",
    "Sist innrapportert",
    "Opprinnelig",
    "Opprinnelig rapportert",
    "Originally reported",
  ])("%s is last year's", (text) => expect(saysLastYear(text)).toBe(true));
  it.each([
    "I år",
    "Nå",
    "CY",
    "T",
    "T1 (januar–april)",
    "Sist oppdatert av",
    "Fjorden DPS",
    "Lyngdal",
    "Korrigert",
    "Forr",
  ])("%s is not", (text) => expect(saysLastYear(text)).toBe(false));
});

describe("earlier figures said without a year (adversary round 6, D1, D15, D25, D35)", () => {
  it.each([
    // D1: comparative figures are the prior period's.
    "Sammenligningstall",
    "Sammenlikningstall",
    "Comparative figures",
    // D15: last round's plan status.
    "Forrige runde",
    "Kommentar, forrige runde",
    "Previous round",
    // D25: an earlier submission's figures.
    "Forrige innsending",
    "Historikk",
    "Arkivert innsending",
    "Tidligere innsendt",
    "Previous submission",
    "Previously submitted",
    "Archived submission",
    // D35: nynorsk.
    "Førre år",
    "Tal for førre år",
    "Fjorårstal",
    "I fjor",
  ])("%s is last year's", (text) => expect(saysLastYear(text)).toBe(true));
  it.each([
    "Nye tall",
    "Runde 2025",
    "Denne runden",
    "Ny innsending",
    "Ny verdi",
    "Ikke tidligere innsendt",
    "Innsendt 2025",
    "Dette året",
    "Sammenligning",
    "Første år",
  ])("%s is not", (text) => expect(saysLastYear(text)).toBe(false));

  it("help that compares with last year still says nothing against this year's figure", () => {
    for (const hint of ["Sammenlign med fjoråret", "Sammenlign med forrige innsending"])
      expect(hintedYears(hint, 2025), hint).toEqual({ lastYear: false, years: [] });
  });

  it("no catalogue field's own name says last year", () => {
    for (const field of catalogueNames()) {
      for (const name of ownNames(field)) expect(saysLastYear(name), `${field.id}: ${name}`).toBe(false);
    }
  });
});

describe("help text is no column header (adversary round 2, M9)", () => {
  it.each([
    "Antall per telledato i november. I fjor rapporterte dere 103.",
    "Fjorårets tall: 12",
    "Endring fra i fjor over 5 plasser må forklares",
    "Oppgi tallet som i fjor ble rapportert som «Døgnplasser voksne».",
    "I 2024 rapporterte dere 103.",
  ])("help that compares with last year says nothing against this year's figure: %s", (hint) => {
    expect(hintedYears(hint, 2025)).toEqual({ lastYear: false, years: [] });
  });

  it.each([
    ["Oppgi fjorårets tall (2023) til sammenligning", { lastYear: true, years: [2023] }],
    ["Oppgi antall plasser som var i drift i fjor", { lastYear: true, years: [] }],
    ["Døgnplasser i alt (i fjor)", { lastYear: true, years: [] }],
    ["Fjorårets tall", { lastYear: true, years: [] }],
    ["Antall per 31.12.2024", { lastYear: false, years: [2024] }],
    ["Fyll inn tallet for 2024", { lastYear: false, years: [2024] }],
  ])("help that asks for last year's figure or names it alone makes it last year's: %s", (hint, found) => {
    expect(hintedYears(hint, 2025)).toEqual(found);
  });

  it.each([
    "Fylles ut for forrige rapporteringsperiode",
    "Sist år",
    "Gjelder foregående år",
    "Gjelder forrige periode",
    "Rettelse av fjorårets tall",
    "Tall for forrige rapporteringsår",
    "Figures for the previous reporting period",
    "Prior year",
  ])(
    "help that names last year or the previous reporting period makes it last year's (round 4, B5): %s",
    (hint) => {
      expect(hintedYears(hint, 2025)).toEqual({ lastYear: true, years: [] });
    },
  );

  it("the previous period's words are last year's; this period's and the last years' are not", () => {
    for (const text of ["Sist år", "forrige rapporteringsperiode", "foregående periode", "previous period"])
      expect(saysLastYear(text), text).toBe(true);
    for (const text of [
      "Siste år",
      "Denne rapporteringsperioden",
      "Rapporteringsperiode 2025",
      "Reporting period",
    ])
      expect(saysLastYear(text), text).toBe(false);
  });

  it("the package's own year in help is no other year", () => {
    expect(hintedYears("Antall per 19.11.2025", 2025)).toEqual({ lastYear: false, years: [] });
  });
});

describe("this year's column in words (M4)", () => {
  it("'I år' heads this year's column: no word of its own, as the package's year", () => {
    expect(wordsOf("I år")).toEqual([]);
    expect(wordsOf("Antall døgnplasser i år")).toEqual(["døgnplasser"]);
    // "År" alone is a year field's word, and "i fjor" stays last year's.
    expect(wordsOf("År")).toEqual(["år"]);
    expect(wordsOf("I fjor")).toEqual(["fjor"]);
  });
});

describe("years said otherwise (adversary round 6, D6, D3)", () => {
  it("D6: two digits right after an apostrophe are a year of this century", () => {
    expect(yearsIn("Tall ’24")).toEqual([2024]);
    expect(yearsIn("Tall '25")).toEqual([2025]);
    expect(yearsIn("‘24 | 2025")).toEqual([2024, 2025]);
  });

  it("D6: two digits without the apostrophe, or with more digits, or after a digit or letter are none", () => {
    expect(yearsIn("24 plasser")).toEqual([]);
    expect(yearsIn("Tall ’245")).toEqual([]);
    expect(yearsIn("Høyde 5'11")).toEqual([]);
    expect(yearsIn("rock'n'roll o'25")).toEqual([]);
  });

  it("E25: two digits after a hyphen that ends a header are a year, as a spreadsheet writes jan-24", () => {
    expect(yearsIn("Tall -24")).toEqual([2024]);
    expect(yearsIn("Døgnplasser -25 ")).toEqual([2025]);
    expect(yearsIn("Innrapportert (tall -24)")).toEqual([2024]);
  });

  it("a hyphen before two digits elsewhere is a negative number, not a year (round 7's review)", () => {
    expect(yearsIn("Barn og unge (-17 år)")).toEqual([]);
    expect(yearsIn("Oppgi -99 dersom ukjent")).toEqual([]);
    expect(yearsIn("Endring: -24 plasser")).toEqual([]);
    expect(yearsIn("-24")).toEqual([]);
    expect(yearsIn("Tall -245")).toEqual([]);
    expect(yearsIn("Tall 10-24")).toEqual([]);
  });

  const years = (text: string) => unsentYears(text, yearsIn);

  it("D3: the year a title says its figures were sent in is not theirs", () => {
    expect(years("Innsendt mars 2025 – tall for 2024")).toEqual([2024]);
    expect(years("Sendt inn 2025, tall for 2024")).toEqual([2024]);
    expect(years("Figures for 2024 (submitted March 2025)")).toEqual([2024]);
    expect(years("Tall for 2025")).toEqual([2025]);
  });

  it("D3: a title naming no other year keeps the year it was sent in", () => {
    expect(years("Innsendt mars 2024")).toEqual([2024]);
    expect(years("Levert 2025")).toEqual([2025]);
  });
});
