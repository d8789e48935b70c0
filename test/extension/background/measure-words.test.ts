// The units of measure a form's headers and headings state, and the kinds of figure they rule out
// (adversary round 4, B1/B2): a count never where a rate, share or mean is said.
import { describe, expect, it } from "vitest";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { measureWords } from "../../../extension/background/measure-words";
import { withFields } from "../../../extension/background/request-fields";
import { type FigureKind, FURTHER_OUT } from "../../../extension/content/content-api";
import { formWords } from "../../../extension/i18n/form-words";
import { ownNames } from "../catalogue-own-names";

/** Whether a text, as a form states it, rules a figure of this kind out. */
function rulesOut(text: string, kind: FigureKind): boolean {
  return measureWords().some(
    (measure) => measure.unfit.includes(kind) && new RegExp(measure.says, "iu").test(text),
  );
}

describe("measure words rule counts out of rates, shares and means", () => {
  it.each([
    "Per 10 000 innbyggere",
    "Døgnplasser per 10 000 innbyggere (18 år og eldre)",
    "Årsverk per 100 000 innb.",
    "Plasser pr. 1000 innbyggere",
    "Beds per 10,000 inhabitants",
    "Sykefravær, antall dager per årsverk",
    "Døgnplasser i prosent av landsgjennomsnittet",
    "Andel av alle (%)",
    "Andel kvinner (%)",
    "Stillingsprosent (snitt)",
    "Gjennomsnittlig antall døgnplasser",
    "Share of all",
    "Rate",
    "Average",
    "Antall dager",
    // A distribution key: shares that add up to one (adversary round 5, C33).
    "Fordelingsnøkkel (sum 1,0)",
    "Fordelingsnøkkel",
    "Andeler (sum = 1)",
    "Summerer til 1",
    "Distribution key",
  ])("a count of beds, persons or FTEs never goes under «%s»", (text) => {
    for (const kind of ["beds", "headcount", "fte", "count", "places"] as const)
      expect(rulesOut(text, kind), kind).toBe(true);
  });

  it.each([
    "Antall",
    "Antall døgnplasser per 31.12.2024",
    "Døgnplasser per 19.11.2025",
    "Årsverk",
    "Personer",
    "Behandlingsplasser",
    "Leger i alt",
    "Planlagt 2027",
    "Separate",
    "Nøkkeltall døgnplasser",
    "Key figures",
    "Sum 142",
    "Sum 1 000 plasser",
    "Sum 10",
  ])("a count may still go under «%s»", (text) => {
    // Staff's and patients' words keep beds out (below); every other count may go there.
    const staff = /årsverk|personer/i.test(text) && !/plass/i.test(text);
    for (const kind of ["beds", "headcount", "fte", "count", "places"] as const)
      if (!(staff && (kind === "beds" || kind === "places"))) expect(rulesOut(text, kind), kind).toBe(false);
  });

  it("beds never go under staff's or patients' words; beds said with them still do (round 9, G9)", () => {
    for (const text of ["Årsverk", "Personer", "Antall pasienter", "Stillinger", "FTE", "Patients"]) {
      expect(rulesOut(text, "beds"), text).toBe(true);
      expect(rulesOut(text, "fte"), text).toBe(false);
    }
    for (const text of ["Døgnplasser og årsverk", "Beds and FTEs", "Antall plasser (personer)"])
      expect(rulesOut(text, "beds"), text).toBe(false);
  });

  it("a percentage goes where a percent is said, never where days or a rate per 10 000 are", () => {
    expect(rulesOut("Sykefravær (%)", "percent")).toBe(false);
    expect(rulesOut("Sykefravær i prosent", "percent")).toBe(false);
    expect(rulesOut("Gjennomsnittlig sykefravær (%)", "percent")).toBe(false);
    expect(rulesOut("Sykefravær, antall dager per årsverk", "percent")).toBe(true);
    expect(rulesOut("Sykefravær (dager)", "percent")).toBe(true);
    expect(rulesOut("Per 10 000 innbyggere", "percent")).toBe(true);
    expect(rulesOut("Sykefravær\nPersoner", "percent")).toBe(true);
    expect(rulesOut("Sykefravær\nAntall", "percent")).toBe(true);
    expect(rulesOut("Sykefravær i prosent av avtalte årsverk", "percent")).toBe(false);
    expect(rulesOut("Sykefravær\nÅrsverk (%)", "percent")).toBe(false);
  });

  it.each([
    "Sykefravær (‰)",
    "Andel telefon, voksne (‰)",
    "Sykefravær i promille",
    "Regionalt snitt (alle HF)",
    "Landsgjennomsnitt",
    "Hele landet",
    "Nasjonalt nivå",
    "Alle helseforetak",
    "Regional average",
  ])(
    "no figure of any number kind goes under «%s» (per mille; the region's or the country's, D8–D10)",
    (text) => {
      for (const kind of ["beds", "headcount", "fte", "count", "places", "percent", "share", "days"] as const)
        expect(rulesOut(text, kind), kind).toBe(true);
    },
  );

  it.each([
    "Norge",
    "3. tertial 2025",
    "1. halvår",
    "Hittil i år (per 31.08.2025)",
    "Year to date",
    "Legemeldt (%)",
    "Egenmeldt",
  ])(
    "no figure of any number kind goes under «%s» (the country; a part of the year or of sick leave: round 7, E19–E23)",
    (text) => {
      for (const kind of ["beds", "headcount", "fte", "count", "places", "percent", "share", "days"] as const)
        expect(rulesOut(text, kind), kind).toBe(true);
    },
  );

  it("twins (round 7): the whole year, the 4th quarter's FTEs, 12 months' sick leave and both kinds of it together", () => {
    expect(rulesOut("Hele året 2025", "count")).toBe(false);
    expect(rulesOut("Avtalte årsverk, 4. kvartal 2025", "fte")).toBe(false);
    expect(rulesOut("Sykefravær siste 12 måneder (%)", "percent")).toBe(false);
    expect(rulesOut("Sykefravær totalt (egenmeldt og legemeldt), %", "percent")).toBe(false);
    expect(rulesOut("Sykefravær, legemeldt og egenmeldt (%)", "percent")).toBe(false);
  });

  it("twins: our own trust's column, a percent and a region's word inside another still take figures", () => {
    expect(rulesOut("Eget HF", "percent")).toBe(false);
    expect(rulesOut("Sykefravær (%)", "percent")).toBe(false);
    expect(rulesOut("Andel telefon, voksne (%)", "percent")).toBe(false);
    expect(rulesOut("Døgnplasser, regionalsykehus", "beds")).toBe(false);
    expect(rulesOut("Internasjonale pasienter", "count")).toBe(false);
  });

  it("a waiting time in days goes under a mean in days, never under a percent", () => {
    expect(rulesOut("Gjennomsnittlig ventetid (dager)", "days")).toBe(false);
    expect(rulesOut("Ventetid, andel (%)", "days")).toBe(true);
  });

  it("a heading further out (the page's title) states no unit of measure: only the texts right around do", () => {
    const page = (title: string) => `PHV voksne, i alt\n${FURTHER_OUT}${title}`;
    for (const title of ["Døgnplasser per 10 000 innbyggere", "Døgnplasser og andel (%)", "Liggedøgn"])
      expect(rulesOut(page(title), "beds"), title).toBe(false);
    expect(rulesOut("PHV voksne, i alt\nDøgnplasser per 10 000 innbyggere", "beds")).toBe(true);
    expect(rulesOut(`Sykefravær\n${FURTHER_OUT}Bemanning: personer`, "percent")).toBe(false);
  });

  it("no catalogue field's own name states a measure its kind is unfit for", () => {
    for (const field of catalogueNames()) {
      for (const name of ownNames(field))
        expect(rulesOut(name, field.kind), `${field.id}: ${name}`).toBe(false);
    }
  });

  it("rules out only numbers' places: a comment, a year or a status is never ruled out", () => {
    for (const kind of ["note", "year", "org", "date", "status", "choice"] as const)
      expect(rulesOut("Kommentar til andel (%) per 10 000 innbyggere, gjennomsnitt i dager", kind)).toBe(
        false,
      );
  });
});

describe("a catalogue section's measure keeps other kinds out (B25)", () => {
  it.each([
    "Liggedøgn",
    "Bed days",
    "Bed days, adults",
    "Henvisninger",
    "Ventetid (dager)",
    "Waiting time",
    "Utskrivninger",
    "Innleggelser",
  ])("no bed count, FTE or headcount under «%s»", (text) => {
    for (const kind of ["beds", "places", "headcount", "fte"] as const)
      expect(rulesOut(text, kind), kind).toBe(true);
  });

  it("a count of bed days still goes under «Liggedøgn», a waiting time under «Ventetid»", () => {
    expect(rulesOut("Liggedøgn", "count")).toBe(false);
    expect(rulesOut("Bed days, adults", "count")).toBe(false);
    expect(rulesOut("Ventetid", "days")).toBe(false);
    expect(rulesOut("Henvisninger", "count")).toBe(false);
  });

  it("a word that only contains a section's title is no mention of it", () => {
    expect(rulesOut("Liggedøgnsrapport", "beds")).toBe(false);
    expect(rulesOut("Døgnplasser", "beds")).toBe(false);
  });
});

describe("a budget or forecast takes no reported figure (B10)", () => {
  it.each([
    "Budsjett 2025",
    "Budsjetterte døgnplasser for 2025",
    "Prognose 2026",
    "Estimat",
    "Anslag for 2025",
    "Forecast",
    "Budgeted beds",
    "PHV voksne, sykehusnivå\nBudsjett 2025",
    `PHV voksne, DPS\n${FURTHER_OUT}Budsjett 2025 – Sykehuset Telemark HF`,
    "Faktisk mot budsjett",
  ])("no count, percentage or share under «%s»", (text) => {
    for (const kind of ["beds", "headcount", "fte", "count", "percent", "share", "days"] as const)
      expect(rulesOut(text, kind), kind).toBe(true);
  });

  it.each([
    "Faktisk 2025",
    "Regnskap 2025",
    "Actual",
    `PHV voksne, DPS\nFaktisk 2025\n${FURTHER_OUT}Budsjett og regnskap 2025`,
    `Faktisk\n${FURTHER_OUT}Budsjett 2025`,
    "Planlagt 2027",
    "Kapasitetsplan: planlagte døgnplasser 2026–2032",
    "Kapasitetsplan 2026–2032",
    "Resultat 2025",
    "Måloppnåelse 2025",
    "Planlegging 2025",
    `PHV voksne, DPS\n${FURTHER_OUT}Status regional plan 2025 – Sykehuset Telemark HF`,
  ])("a reported figure still goes under «%s»", (text) => {
    for (const kind of ["beds", "headcount", "percent"] as const)
      expect(rulesOut(text, kind), kind).toBe(false);
  });

  it.each(["Plan 2025", "Mål 2025", "Target 2025", "PHV voksne, DPS\nMål  2025"])(
    "E9 (round 7): no reported count, percentage or share under a plan's or target's «%s»",
    (text) => {
      for (const kind of ["beds", "headcount", "fte", "count", "percent", "share", "days"] as const)
        expect(rulesOut(text, kind), kind).toBe(true);
    },
  );

  it("never rules out a note, a status, a year or a unit", () => {
    for (const kind of ["note", "year", "org", "date", "status", "choice"] as const)
      expect(rulesOut("Budsjett 2025: kommentar", kind), kind).toBe(false);
  });

  it("a plan's figure may go where a forecast or budget is said; a reported figure of the same kind may not", () => {
    const catalogue = catalogueNames();
    const figure = (id: string) => {
      const names = catalogue.find((field) => field.id === id);
      if (names === undefined) throw new Error(id);
      return { id, value: 1, kind: names.kind, labels: names.labels };
    };
    // As the worker sends them: each field's unfit measures by their places in the request's measures.
    const { fields } = withFields({
      mode: "fill",
      waitMs: 0,
      figures: [figure("capacity_plan.phv_adult_2027"), figure("beds.phv_adult_total")],
      catalogue,
      measures: measureWords(),
      words: formWords(),
    });
    const [plan, reported] = fields.map(
      (field) =>
        new RegExp(field.unfit.map((index) => measureWords()[index]?.says).join("|") || "(?!)", "iu"),
    );
    for (const place of [
      "Prognose 2027",
      "Budsjett 2027",
      "Plan 2027",
      `PHV voksne\n${FURTHER_OUT}Framskriving 2026–2032`,
    ]) {
      expect(plan?.test(place), place).toBe(false);
      expect(reported?.test(place), place).toBe(true);
    }
    expect(plan?.test("Per 10 000 innbyggere")).toBe(true);
  });
});
