import { bedsHalfStep } from "./beds-half-step";
import { cellReadable } from "./cell-readable";
import { changeNeedsExplanation } from "./change-needs-explanation";
import { countDateInYear } from "./count-date-in-year";
import { definedNamePresent } from "./defined-name-present";
import { fieldAskedOfUnit } from "./field-asked-of-unit";
import { fteDecimals } from "./fte-decimals";
import { fteWithinHeadcount } from "./fte-within-headcount";
import { headcountInteger } from "./headcount-integer";
import { noteTextSound } from "./note-text-sound";
import { numberStoredAsText } from "./number-stored-as-text";
import { orgNumberValid } from "./org-number-valid";
import { partWithinWhole } from "./part-within-whole";
import { planChangeNeedsReason } from "./plan-change-needs-reason";
import { planFirstYearAgainstBeds } from "./plan-first-year-against-beds";
import { requiredPresent } from "./required-present";
import type { Rule } from "./rule";
import { sameUnitAcrossTemplates } from "./same-unit-across-templates";
import { statusCommentRequired } from "./status-comment-required";
import { statusIsChoice } from "./status-is-choice";
import { statusPresent } from "./status-present";
import { statusWentBackExplained } from "./status-went-back-explained";
import { templateHasFigures } from "./template-has-figures";
import { totalEqualsParts } from "./total-equals-parts";
import { valueInRange } from "./value-in-range";
import { valueIsNumber } from "./value-is-number";
import { yearMatches } from "./year-matches";

/** Every rule id; the registry below must list each, so a forgotten registration does not compile. */
export type RuleId =
  | "defined-name-present"
  | "cell-readable"
  | "required-present"
  | "template-has-figures"
  | "value-is-number"
  | "number-stored-as-text"
  | "value-in-range"
  | "beds-half-step"
  | "headcount-integer"
  | "fte-decimals"
  | "total-equals-parts"
  | "part-within-whole"
  | "fte-within-headcount"
  | "org-number-valid"
  | "field-asked-of-unit"
  | "same-unit-across-templates"
  | "year-matches"
  | "count-date-in-year"
  | "change-needs-explanation"
  | "status-is-choice"
  | "status-present"
  | "status-comment-required"
  | "status-went-back-explained"
  | "plan-change-needs-reason"
  | "plan-first-year-against-beds"
  | "note-text-sound";

/** The one registry of rules, run in this order (identity and readability before arithmetic). */
export const RULES: Readonly<Record<RuleId, Rule>> = {
  "defined-name-present": definedNamePresent,
  "cell-readable": cellReadable,
  "required-present": requiredPresent,
  "template-has-figures": templateHasFigures,
  "value-is-number": valueIsNumber,
  "number-stored-as-text": numberStoredAsText,
  "value-in-range": valueInRange,
  "beds-half-step": bedsHalfStep,
  "headcount-integer": headcountInteger,
  "fte-decimals": fteDecimals,
  "total-equals-parts": totalEqualsParts,
  "part-within-whole": partWithinWhole,
  "fte-within-headcount": fteWithinHeadcount,
  "org-number-valid": orgNumberValid,
  "field-asked-of-unit": fieldAskedOfUnit,
  "same-unit-across-templates": sameUnitAcrossTemplates,
  "year-matches": yearMatches,
  "count-date-in-year": countDateInYear,
  "change-needs-explanation": changeNeedsExplanation,
  "status-is-choice": statusIsChoice,
  "status-present": statusPresent,
  "status-comment-required": statusCommentRequired,
  "status-went-back-explained": statusWentBackExplained,
  "plan-change-needs-reason": planChangeNeedsReason,
  "plan-first-year-against-beds": planFirstYearAgainstBeds,
  "note-text-sound": noteTextSound,
};
