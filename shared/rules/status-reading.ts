import { readChoice, STATUS_CHOICES } from "../templates/choices";
import type { FieldDef } from "../templates/field";
import type { RuleContext } from "./rule-context";

/** A status as read this year and last year: codes, or undefined where blank or not a choice. */
export interface StatusReading {
  current?: string;
  previous?: string;
  /** The status is earlier in the order than last year's (in place → in progress, …). */
  wentBack: boolean;
}

const rank = (code: string | undefined) => STATUS_CHOICES.findIndex((choice) => choice.code === code);

/** How a status field reads, shared by the rules that judge statuses so they agree on it. */
export function readStatus(context: RuleContext, field: FieldDef): StatusReading {
  const current = readChoice(STATUS_CHOICES, context.raw(field.id))?.code;
  const previous = readChoice(STATUS_CHOICES, context.previousRaw(field.id))?.code;
  const wentBack = current !== undefined && previous !== undefined && rank(current) < rank(previous);
  return { ...(current ? { current } : {}), ...(previous ? { previous } : {}), wentBack };
}
