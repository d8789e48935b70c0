import { type FigureKind, FURTHER_OUT } from "./content-api";
import type { ControlFacts } from "./control-facts";
import type { FieldWords } from "./field-words";
import { textBeside } from "./nearby-text";
import { oncePerPass } from "./reading-pass";
import { wordsInUse } from "./words";

/**
 * Whether a control is a place for a figure of this kind, beyond the control's type (kind-fits.ts):
 * a comment goes only into a box that the form says takes a comment — its own name, or a column
 * header, legend, heading or region right around it, says "Kommentar", "Forklaring", "Comment" …
 * A text box beside a measure that says nothing of the kind ("Ansvarlig", a nameless box under
 * "Frist") is no comment's; which measure the comment belongs to is matching's business.
 * A row or column of changes ("Endring, personer", "Differanse", "Change") holds no figure of the year.
 */
export function placeFits(kind: FigureKind, facts: ControlFacts): boolean {
  if (kind !== "note")
    return !facts.context.some(
      (text) => (text.kind === "row" || text.kind === "column") && wordsInUse().change.test(text.text),
    );
  return wordsInUse().comment.some((word) => facts.nameWords.has(word) || facts.nearWords.has(word));
}

/**
 * Whether the control's own name or the texts around it (row and column headers, legend, section
 * heading, tab, region, caption) state a unit of measure the field's kind is not: a "Per 10 000
 * innbyggere" column or a section "Døgnplasser i prosent av landsgjennomsnittet" takes no count, a
 * "Stillingsprosent (snitt)" column no FTE, a "Liggedøgn" column no beds, a "Budsjett 2025" column
 * no reported figure (the words: background/measure-words.ts). The text after the box on its line
 * counts as its name does: "PHBU, i alt [ ] liggedøgn" takes no beds (adversary round 7, E18); so
 * does an addon right before it, "[%][ ]" (round 9, G11).
 * Headings further out (the page's title) are marked: only a budget's or forecast's words reach
 * them ("Budsjett 2025 – …").
 */
export function saysOtherMeasure(field: FieldWords, facts: ControlFacts): boolean {
  const text = [
    facts.name,
    oncePerPass(textBeside, facts.control.element),
    ...facts.context.map((near) => (near.kind === "outer" ? FURTHER_OUT : "") + near.text),
  ].join("\n");
  return field.unfit.some((measure) => measure.test(text));
}

/**
 * Whether the years that make a control look like another year's are the field's own words: the
 * measure "… i rapporten Redusert bruk av tvangsmidler … (2019)" names 2019 itself, so its row is
 * this year's; the plan's "planlagt 2027" takes the column "2027"; a note, a plan's reason box. Words such as "i fjor" are never
 * a field's own: such a control stays out.
 */
export function namesItsYears(field: FieldWords, facts: ControlFacts): boolean {
  if (facts.otherYears.length === 0) return false;
  // A note names no year: in a plan's section (only a heading says "Planlagt 2026–2032") the
  // reason box beside the years is the plan's. A plan's reason outscores an explanation of this
  // year's figure there, so the explanation (a rival clearly worse) stays out.
  if (field.kind === "note" && facts.plannedSection) return true;
  return field.alternatives.some((words) => facts.otherYears.every((year) => words.includes(String(year))));
}
