import { cardTitles, inLastYearsCard } from "./card-title";
import { allElements } from "./collect-controls";
import type { ContentRequest } from "./content-api";
import { type ContextText, controlContext, HEADING_SELECTOR, indexHeadings } from "./control-context";
import { controlHint, controlName, drawnLabel } from "./control-name";
import type { PageControl } from "./page-control";
import { markSectionChoices } from "./section-choice";
import { bodyFontSize, isStyledHeading, STYLED_HEADING_CANDIDATES } from "./styled-heading";
import { markUnknownSections } from "./unknown-section";
import {
  datedYearsIn,
  hintedYears,
  saysLastYear,
  saysPlanned,
  singleYearsIn,
  unsentYears,
  wordsOf,
  yearsIn,
} from "./words";

/** Everything matching needs to know about one control, read once per request. */
export interface ControlFacts {
  control: PageControl;
  position: number;
  /** Accessible name ("Antall døgnplasser"). */
  name: string;
  context: ContextText[];
  /** The nearest context texts joined, as the popup shows the section ("Voksne – DPS › 2025"). */
  section: string;
  nameWords: ReadonlySet<string>;
  /** Words of the row and column headers, legends, nearest heading, tab and region. */
  nearWords: ReadonlySet<string>;
  /** Words of the headings further out. */
  outerWords: ReadonlySet<string>;
  all: ReadonlySet<string>;
  /** Has a table row or column header (a cell's name when the control has none of its own). */
  headed: boolean;
  /** Headed or labelled as last year's, or as a year other than the package's: never filled. */
  otherYear: boolean;
  /**
   * The other years that alone make it another year's (none when words such as "i fjor" do): a
   * field whose own name holds those years (a measure's "rapporten … (2019)", a plan's "planlagt
   * 2027") may still take it.
   */
  otherYears: readonly number[];
  /** Only a heading above says planned years ("Planlagte døgnplasser 2026–2032"): a plan's section. */
  plannedSection: boolean;
  /** Named as controls in known sections are, in no section the page says: never filled (unknown-section.ts). */
  unknownSection?: boolean;
  /** The nearest text around it that names a unit names another than the package's: never filled. */
  otherUnit?: boolean;
}

/** Reads names and contexts of every control (headings indexed once for the whole document). */
export function describeControls(
  doc: Document,
  controls: readonly PageControl[],
  year?: number,
  unit?: ContentRequest["unit"],
): ControlFacts[] {
  const headings = indexHeadings(sectionTitles(doc));
  const said = unit?.said ? new RegExp(unit.said, "u") : undefined;
  const facts = controls.map((control, position): ControlFacts => {
    const name = controlName(control);
    const context = controlContext(control.element, headings);
    const titles = cardTitles(control.element);
    const near = context.filter((text) => text.kind !== "outer");
    // A caption speaks for the whole table, as a heading further out does; the package's own
    // year in a column header ("2025") says nothing against a figure of that year.
    const isOuter = (text: ContextText) => text.kind === "outer" || text.kind === "caption";
    const words = (texts: ContextText[]) =>
      new Set(
        texts.flatMap((text) => wordsOf(withoutSpans(text.text))).filter((word) => word !== String(year)),
      );
    // So does it in the control's own name: "Status 2026" (aria-labelledby measure + column header)
    // is the status, and 2026 no word the field lacks. A field that names the year keeps it in `all`.
    const nameWords = new Set(wordsOf(name).filter((word) => word !== String(year)));
    const nearWords = words(context.filter((text) => !isOuter(text)));
    const outerWords = words(context.filter(isOuter));
    return {
      control,
      position,
      name,
      context,
      section: near
        .map((text) => text.text)
        .filter((text) => text !== name)
        .join(" › "),
      nameWords,
      nearWords,
      outerWords,
      all: new Set([...wordsOf(name), ...nearWords, ...outerWords]),
      headed: context.some((text) => text.kind === "row" || text.kind === "column"),
      ...otherYearOf(
        `${name} ${drawnLabel(control.element)}`,
        controlHint(control.element),
        near,
        year,
        inLastYearsCard(titles, year),
      ),
      otherUnit: namesOtherUnit(said, [name, ...titles, ...context.map((text) => text.text)]),
    };
  });
  markUnknownSections(facts, doc);
  markSectionChoices(facts, year, (texts) => namesOtherUnit(said, texts));
  return facts;
}

/**
 * Whether the first of a control's texts (nearest first) that names a unit names another than the
 * package's (`said`: ContentRequest.unit): a section "Sykehuset i Vestfold HF" on a page for
 * Telemark and Vestfold holds Vestfold's boxes (adversary round 4, B13). A text naming both is the
 * package's, as a page naming both is.
 */
function namesOtherUnit(said: RegExp | undefined, texts: readonly string[]): boolean {
  for (const text of said ? texts : []) {
    const match = said?.exec(text);
    if (match) return match[1] === undefined;
  }
  return false;
}

/**
 * A span of years ("Planlagte døgnplasser 2026–2032") names no one year: as words its years would
 * call every year's box but the first and last another year's (the year stays in otherYearOf).
 */
function withoutSpans(text: string): string {
  return text.replace(/(?<!\d)20\d\d\s*[–—-]\s*20\d\d(?!\d)/g, " ");
}

/** The document's headings and the titles drawn by style alone, in tree order. */
function sectionTitles(doc: Document): Element[] {
  const size = bodyFontSize(doc);
  return allElements(doc, `${HEADING_SELECTOR}, ${STYLED_HEADING_CANDIDATES}`).filter(
    (element) => element.matches(HEADING_SELECTOR) || isStyledHeading(element, size),
  );
}

/**
 * The years a section's heading, legend, labelled region (a dialog too) or a table's caption
 * names when none is the package's: "Til sammenligning: 2024", an accordion's "Innrapportering
 * 2024" (adversary round 4, B9, B24), a table captioned "Døgnplasser 2024" (round 5, C27). A
 * span of years (a plan's period) and a plan's later years are left to the plan's rules; a plan's
 * heading naming an earlier year is an earlier plan's ("Planlagte døgnplasser (plan laget 2024)").
 * A caption's date of an earlier year dates its figures: "Godkjente tall per 31.12.2024" (round
 * 5, C6); a later one may be when the form was saved. The year a title says it was sent in
 * ("Innsendt mars 2025 – tall for 2024") is not its figures' year (words.ts, unsentYears).
 */
function sectionYears(text: ContextText, year: number): number[] {
  if (!["heading", "legend", "region", "caption"].includes(text.kind)) return [];
  const read = (title: string) => [
    ...singleYearsIn(title),
    ...(text.kind === "caption" ? datedYearsIn(title).filter((named) => named < year) : []),
  ];
  const years = unsentYears(text.text, read).filter((named) => named < year || !saysPlanned(text.text));
  return years.includes(year) ? [] : years;
}

/**
 * A control for another year than the package's:
 * - its name says "i fjor" / "forrige år" / "last year", or its nearby context does, or its
 *   placeholder or description asks for last year's figure ("Oppgi fjorårets tall (2023)") —
 *   help that only compares with last year does not count (hintedYears, words.ts); or the card
 *   or box it sits in opens with a title saying last year, however styled (card-title.ts);
 * - its own text or its row, column or tab header names another year ("2024", "per 31.12.2024",
 *   "Planlagt 2026": a later year is a plan's year, never this year's figure);
 * - a heading right above it names a later year as planned ("Planlagt 2026", "Prognose 2027").
 * A field whose own words name those years may still take it (namesItsYears, place-fits.ts):
 * the capacity plan's "PHV voksne, planlagt 2027" goes into the column "Planlagt 2027".
 */
function otherYearOf(
  own: string,
  hint: string,
  near: readonly ContextText[],
  year: number | undefined,
  lastYearsCard: boolean,
): { otherYear: boolean; otherYears: number[]; plannedSection: boolean } {
  const hinted = hintedYears(hint, year);
  // A caption speaks for the whole table: "Rettelser i fjorårets tall" makes every box last year's,
  // unless the box's own row or column names this year ("kontroll mot fjoråret" over 2024 | 2025);
  // so does a card's title, however it is styled (card-title.ts).
  const headedThisYear =
    year !== undefined &&
    near.some((text) => (text.kind === "row" || text.kind === "column") && yearsIn(text.text).includes(year));
  if (
    saysLastYear(own) ||
    hinted.lastYear ||
    (lastYearsCard && !headedThisYear) ||
    near.some((text) => (text.kind !== "caption" || !headedThisYear) && saysLastYear(text.text))
  )
    return { otherYear: true, otherYears: [], plannedSection: false };
  if (year === undefined) return { otherYear: false, otherYears: [], plannedSection: false };
  const others = (text: string) =>
    [...yearsIn(text), ...datedYearsIn(text)].filter((named) => named !== year);
  const headers = near.filter((text) => ["column", "row", "tab"].includes(text.kind));
  const planned = near.filter((text) => text.kind === "heading" && saysPlanned(text.text));
  const later = (text: string) => yearsIn(text).filter((named) => named > year);
  // The control's own years speak for it: under "Planlagte døgnplasser 2026–2032" the box
  // "Planlagt 2027" is 2027's; the heading's years count only where the control names none.
  const ownYears = [
    ...others(own),
    ...hinted.years,
    ...headers.flatMap((text) => others(text.text)),
    ...near.flatMap((text) => sectionYears(text, year)),
  ];
  const otherYears = [
    ...new Set(ownYears.length > 0 ? ownYears : planned.flatMap((text) => later(text.text))),
  ];
  const plannedSection = ownYears.length === 0 && otherYears.length > 0;
  return { otherYear: otherYears.length > 0, otherYears, plannedSection };
}
