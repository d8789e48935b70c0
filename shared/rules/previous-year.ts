import type { TemplateId } from "../templates/field";
import type { RuleContext } from "./rule-context";

/**
 * The year the figures a template's fields are compared with are from, when that is not the year
 * before the one reported: last year's packages by their own year, a workbook by the year it records
 * beside the reporting year (`prev.<template>.year`, written by the fill). Null when it is the year
 * before, or not recorded: the words then say "i fjor" (docs/domain.md, rule 4). A package of 2020
 * used as the previous one for 2025 is so compared "with 2020", never "with last year".
 */
export function otherPreviousYear(context: RuleContext, template: TemplateId): number | null {
  const source = context.previousFrom?.find((from) => from.templates.includes(template));
  const previous = source?.year ?? wholeYear(context.previous(`${template}.year`));
  if (previous === undefined) return null;
  const reported = wholeYear(context.number(`${template}.year`)) ?? context.year;
  return reported !== undefined && previous === reported - 1 ? null : previous;
}

function wholeYear(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}
