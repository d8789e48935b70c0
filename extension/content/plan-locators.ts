import { type FieldInfo, PROFILE_TOOLS_SYMBOL, type ProfileToolsApi } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { fieldInfo } from "./plan-field";

/** The rows of one answer: each control as the popup shows it, with its locators in a plan. */
export interface AnswerRows {
  /** A control as the popup shows it (content/plan-field.ts). */
  of(facts: ControlFacts, score: number): FieldInfo;
  /** In a plan: gives every row made so far the locators that find its control again. */
  locate(): void;
}

/**
 * A plan's rows carry how to find each control again (the confirmed fill and a profile made from
 * the plan follow them). Building locators (build-locators.ts, generated-id.ts) is not the fill's
 * work, so it lives in profile-tools.js, which the worker injects before a plan
 * (background/run-in-tab.ts): the content script every frame gets on every run stays within its
 * size budget (docs/extension.md). All rows are located at once, in one reading pass of its own.
 */
export function answerRows(plan: boolean): AnswerRows {
  const wanting: Array<[FieldInfo, ControlFacts]> = [];
  return {
    of(facts, score) {
      const info = fieldInfo(facts, score);
      if (plan) wanting.push([info, facts]);
      return info;
    },
    locate() {
      if (wanting.length === 0) return;
      const built = profileTools("locators").locators(wanting.map(([, facts]) => facts));
      wanting.forEach(([info], index) => {
        info.locators = built[index] ?? [];
      });
      wanting.length = 0;
    },
  };
}

/**
 * profile-tools.js as installed in this frame, which the worker injects before the content script
 * for a plan, a profile's fill or check, a confirmed fill (background/run-in-tab.ts) and an undo
 * (background/call-content.ts). Without it
 * the request is an error: never rows that cannot be found again, nor a profile's fields matched
 * some other way.
 */
export function profileTools<K extends "locators" | "locate" | "restore" | "cannotEmpty">(
  method: K,
): Pick<ProfileToolsApi, K> {
  const scope = globalThis as unknown as Record<symbol, Partial<ProfileToolsApi> | undefined>;
  const tools = scope[Symbol.for(PROFILE_TOOLS_SYMBOL)];
  if (typeof tools?.[method] !== "function") throw new Error("profile_tools_missing");
  return tools as Pick<ProfileToolsApi, K>;
}
