import { isUnitName } from "../../shared/units/unit-name";
import { allElements } from "./collect-controls";
import { isEmpty } from "./compare-control";
import type { IdentityClue, NamedText, PageIdentity } from "./content-api";
import { clean } from "./control-context";
import type { ControlFacts } from "./control-facts";
import { readShown } from "./read-control";
import { datedYearsIn, wordsOf, yearsIn } from "./words";

const MAX_WHERE = 80;
/** Texts sent for the unit's name: a page listing every unit is no claim, and the worker caps them too. */
const MAX_NAMED = 50;

/**
 * A plan's year in a section heading ("Planlagt 2026", "Plan 2026–2032") is not the page's year,
 * nor a span of years anywhere ("Kapasitetsplan 2026–2032": the period a plan covers).
 */
const PLANNED_YEAR =
  /\b(planlagt|plan|planned|prognose|forecast|budsjett|budget|mål|target)\s+(for\s+)?\d{4}(\s*[–-]\s*\d{4})?|(?<!\d)\d{4}\s*[–-]\s*\d{4}(?!\d)/giu;

/**
 * The unit and year the page shows, each with where it was found: organisation numbers (nine
 * digits, also spaced "983 975 267") in fields, chosen options, headings and the title, and
 * the texts there the worker reads unit names in; years in year fields ("År", "Rapporteringsår", "Year") and headings.
 * The popup compares them with the package before anything is filled.
 */
export function pageIdentity(doc: Document, controls: readonly ControlFacts[]): PageIdentity {
  const texts: Array<{ text: string; clue: Omit<IdentityClue, "value"> }> = [];
  // A list showing its first option only because nothing chose any says nothing about the page.
  const chosen = controls.filter((facts) => !isEmpty(facts.control));
  for (const facts of chosen) {
    const shown = readShown(facts.control);
    if (shown !== "") texts.push({ text: shown, clue: { source: "field", where: cut(facts.name) } });
  }
  const headings = allElements(doc, "h1, h2, h3, h4, legend, caption, [role=heading]");
  for (const heading of headings) {
    const text = (heading.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text !== "") texts.push({ text, clue: { source: "heading", where: cut(text) } });
  }
  const lines = bodyLines(doc);
  for (const text of unitLines(doc, lines))
    texts.push({ text, clue: { source: "heading", where: cut(text) } });
  if (doc.title.trim() !== "")
    texts.push({ text: doc.title, clue: { source: "title", where: cut(doc.title) } });
  const said = serverSaid(doc);
  return {
    frameUrl: doc.URL,
    orgs: unique([
      ...texts.flatMap(({ text, clue }) => orgsIn(text).map((value) => ({ value, ...clue }))),
      ...saidAs(said, isUnitName, orgsIn),
    ]),
    named: namedTexts(texts),
    years: unique([
      ...yearFields(chosen),
      ...countDateYears(chosen),
      ...yearHeadings(texts),
      ...saidAs(
        said,
        (name) => YEAR_NAME.test(name),
        (value) => yearsIn(value).map(String),
      ),
    ]),
    lines: lines.filter((line) => yearsIn(line).length > 0).slice(0, 40),
    steps: allElements(doc, "[aria-current=step]")
      .slice(0, 20)
      .map((step) => cut(clean(step.textContent ?? ""))),
  };
}

/**
 * Text outside headings that names the unit: a breadcrumb (`<nav>`) and lines such as
 * "Rapporterende enhet: …", "Enhet: …", "Skjema for enhet 983975259", "Org.nr. …".
 */
function unitLines(doc: Document, lines: readonly string[]): string[] {
  const navs = allElements(doc, "nav").map((nav) => (nav.textContent ?? "").replace(/\s+/g, " ").trim());
  const named = lines.filter((line) => /\benhet\b|\borg\.? ?nr|organisasjonsnummer/i.test(line));
  return [...navs, ...named].filter((text) => text !== "");
}

/** The page's lines of text as a user reads them, each at most 200 characters (longer is prose). */
function bodyLines(doc: Document): string[] {
  const body = doc.body?.innerText ?? doc.body?.textContent ?? "";
  return body
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "" && line.length <= 200);
}

function orgsIn(text: string): string[] {
  return [...text.matchAll(/(?<!\d)(\d{3}) ?(\d{3}) ?(\d{3})(?!\d)/g)].map(
    (match) => `${match[1]}${match[2]}${match[3]}`,
  );
}

/** The texts the worker matches unit names in: distinct, cut, and a bounded number of them. */
function namedTexts(texts: ReadonlyArray<{ text: string; clue: Omit<IdentityClue, "value"> }>): NamedText[] {
  const seen = new Set<string>();
  const named: NamedText[] = [];
  for (const { text, clue } of texts) {
    if (seen.has(text) || named.length === MAX_NAMED) continue;
    seen.add(text);
    named.push({ text: text.slice(0, 200), ...clue });
  }
  return named;
}

/** Years held by fields named as the reporting year ("År", "Rapporteringsår", "Year"). */
function yearFields(controls: readonly ControlFacts[]): IdentityClue[] {
  return controls
    .filter((facts) => wordsOf(facts.name).some((word) => /^(år|rapporteringsår|year|reporting)$/.test(word)))
    .flatMap((facts) =>
      yearsIn(readShown(facts.control)).map((year) => ({
        value: String(year),
        source: "field" as const,
        where: cut(facts.name),
      })),
    );
}

/**
 * The year of the count date ("Telledato", "Tellingsdato", "Count date"): a count is made within its
 * reporting year (docs/domain.md), so a form opened from the archive that shows only its count date
 * is that year's form (adversary round 4, B6). Other dated fields ("Sist endret") say nothing.
 */
function countDateYears(controls: readonly ControlFacts[]): IdentityClue[] {
  return controls
    .filter((facts) => /\btell(e|ings)dato\b|\bcount date\b/.test(facts.name.toLowerCase()))
    .flatMap((facts) =>
      datedYearsIn(readShown(facts.control)).map((year) => ({
        value: String(year),
        source: "field" as const,
        where: cut(facts.name),
      })),
    );
}

/** "rapporteringsaar", "aar", "år", "Year", "ReportingYear", "reporting_year": a name for the reporting year. */
const YEAR_NAME = /^(rapporterings)?(aar|år|year)$|^reporting[_-]?year$/i;

/**
 * What the page says only to the server: hidden inputs and `<meta>`s, by name. The server files the
 * figures under the year and the unit said there, so they are the page's though no user reads them
 * (adversary round 4, B7; round 6, D34: `Enhet_OrgNr`).
 */
function serverSaid(doc: Document): Array<{ name: string; value: string }> {
  const hidden = allElements(doc, "input[type=hidden]") as HTMLInputElement[];
  // A label names a hidden input too: Oracle APEX's Display Only item shows the year in a span
  // beside `<label for="P10_AAR">Rapporteringsår</label>` and keeps it in the hidden input the
  // label points at (adversary round 9, G6).
  const labels = new Map(
    allElements(doc, "label[for]").map((label) => [
      label.getAttribute("for"),
      clean(label.textContent ?? ""),
    ]),
  );
  return [
    ...hidden.map((input) => ({ name: input.name || input.id, value: input.value })),
    ...hidden.flatMap((input) => {
      const label = input.id ? labels.get(input.id) : undefined;
      return label ? [{ name: label, value: input.value }] : [];
    }),
    ...allElements(doc, "meta[name]").map((meta) => ({
      name: meta.getAttribute("name") ?? "",
      value: meta.getAttribute("content") ?? "",
    })),
  ];
}

/** The values said to the server under a name for the year or the unit; one named otherwise (a view state, a row id) says nothing. */
function saidAs(
  said: ReadonlyArray<{ name: string; value: string }>,
  named: (name: string) => boolean,
  valuesIn: (value: string) => string[],
): IdentityClue[] {
  return said
    .filter(({ name }) => named(name))
    .flatMap(({ name, value }) =>
      valuesIn(value).map((found) => ({ value: found, source: "field" as const, where: cut(name) })),
    );
}

function yearHeadings(
  texts: ReadonlyArray<{ text: string; clue: Omit<IdentityClue, "value"> }>,
): IdentityClue[] {
  return texts
    .filter(({ clue }) => clue.source !== "field")
    .flatMap(({ text, clue }) =>
      yearsIn(text.replace(PLANNED_YEAR, " ")).map((year) => ({ value: String(year), ...clue })),
    );
}

function unique(clues: IdentityClue[]): IdentityClue[] {
  const seen = new Set<string>();
  return clues.filter((clue) => {
    const key = `${clue.value}|${clue.source}|${clue.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cut(text: string): string {
  return text.length > MAX_WHERE ? `${text.slice(0, MAX_WHERE - 1)}…` : text;
}
