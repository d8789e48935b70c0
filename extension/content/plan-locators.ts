import { type FieldInfo, type FigureReport, PROFILE_TOOLS_SYMBOL, type ProfileToolsApi } from "./content-api";
import type { HighlightState } from "./highlight";
import { fieldInfo, type PlannedField, type Scored } from "./plan-field";

/** The rows of one answer: each control as the popup shows it, with its locators in a plan. */
export interface AnswerRows {
  /** A control as the popup shows it (content/plan-field.ts). */
  of(field: Scored): FieldInfo;
  /** In a plan: gives every row made so far the locators that find its control again. */
  locate(): void;
}

/**
 * A plan's rows (profile-tools.js, plan-rows.ts): each carries how to find its control again, and
 * `report` says what a fill would do with each planned field, marking it with the content
 * script's `mark` (its highlight, so its clearHighlights removes the marks).
 */
export interface PlanRows extends AnswerRows {
  report(
    fields: readonly PlannedField[],
    mark: (element: Element, state: HighlightState) => void,
  ): FigureReport[];
}

/** A fill's or a check's rows: never found again, so no locators (only a plan's rows carry them). */
export const FILL_ROWS: AnswerRows = { of: fieldInfo, locate() {} };

/**
 * profile-tools.js as installed in this frame, which the worker injects before the content script
 * for a plan, a profile's fill or check, a confirmed fill (background/request-scripts.ts: scriptsFor),
 * an undo and the late read-back's questions (scriptsForCall). Without it the request is an
 * error: never rows that cannot be found again, nor a profile's fields matched some other way.
 */
export function profileTools<K extends keyof ProfileToolsApi>(method: K): Pick<ProfileToolsApi, K> {
  const scope = globalThis as unknown as Record<symbol, Partial<ProfileToolsApi> | undefined>;
  const tools = scope[Symbol.for(PROFILE_TOOLS_SYMBOL)];
  if (typeof tools?.[method] !== "function") throw new Error("profile_tools_missing");
  return tools as Pick<ProfileToolsApi, K>;
}
