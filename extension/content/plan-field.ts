import type { FieldInfo, FigureReport, FigureToFill } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { type DecimalStyle, decimalStyle } from "./decimal-style";
import { figureText } from "./figure-text";
import { isReloadTrigger } from "./is-reload-trigger";
import { readShown } from "./read-control";

/** A located figure with everything needed to write and compare it. */
export interface PlannedField {
  figure: FigureToFill;
  facts: ControlFacts;
  score: number;
  style: DecimalStyle;
  /** The figure as the form should hold it ("1769,5", "2025-11-15"). */
  expected: string;
  /** Changing this control reloads the page (profile `reloads` or a detected postback handler). */
  reloads: boolean;
}

/** Works out how one figure goes into its control: decimal style, text, and whether it reloads the page. */
export function planField(figure: FigureToFill, facts: ControlFacts, score: number): PlannedField {
  const element = facts.control.element;
  // The profile's word on its decimals and reloads comes with the figure (FigureToFill.decimal).
  const style = decimalStyle(element, figure.decimal);
  return {
    figure,
    facts,
    score,
    style,
    expected: figureText(figure, element, style),
    reloads: figure.reloads === true || isReloadTrigger(element),
  };
}

/**
 * A control as the popup shows it: label, section, score and what it holds. How to find it again
 * (its locators, in a plan's answer and a profile test) is added by build-locators.ts, which lives
 * in profile-tools.js (plan-rows.ts): a fill's or a check's rows are never found again.
 */
export function fieldInfo({ facts, score }: Scored): FieldInfo {
  return { label: facts.name, section: facts.section, score, current: readShown(facts.control) };
}

/** A control with how well it fits a figure: a planned field, or a candidate of an unclear one. */
export type Scored = Pick<PlannedField, "facts" | "score">;

/** A fill's or a check's report of a planned field: what became of it, where, and what it holds. */
export function fieldReport(
  field: PlannedField,
  outcome: FigureReport["outcome"],
  actual?: string,
): FigureReport {
  const report = { id: field.figure.id, outcome, field: fieldInfo(field), expected: field.expected };
  return actual === undefined ? report : { ...report, actual };
}
