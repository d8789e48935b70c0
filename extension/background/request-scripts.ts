import type { ContentRequest } from "../content/content-api";

/**
 * A plan's rows, with their locators, are profile-tools.js's, and a profile's fields (and their
 * order) and a preview's confirmed rows are found by following locators, which profile-tools.js
 * does too (content/plan-rows.ts, profile-assignments.ts): for these it goes in first. A fill or
 * a check by labels needs only the content script, which every frame gets on every run.
 */
export function scriptsFor(request: ContentRequest): string[] {
  const locators = request.mode === "plan" || request.profile || request.confirmed !== undefined;
  return locators ? ["profile-tools.js", "content.js"] : ["content.js"];
}

/** The engine functions profile-tools.js answers itself; every other is the content script's. */
const TOOL_METHODS: ReadonlySet<string> = new Set(["identity", "pick", "testProfile", "invalidSelectors"]);

/**
 * The content script's functions that ask profile-tools.js in the same frame: undo's putting back
 * and the late read-back's question what changed since the fill (content/undo-fill.ts) and its
 * putting back (content/put-back.ts).
 */
const ASKS_TOOLS: ReadonlySet<string> = new Set(["undo", "kept", "putBack"]);

/**
 * The scripts to inject, in order, before calling an engine function other than `run`, and the
 * Symbol key it answers under: for a content script function that asks profile-tools.js
 * (content/content-script.ts), profile-tools.js goes in first.
 */
export function scriptsForCall(method: string): { files: string[]; symbol: string } {
  if (TOOL_METHODS.has(method)) return { files: ["profile-tools.js"], symbol: "hso.profile-tools" };
  return {
    files: ASKS_TOOLS.has(method) ? ["profile-tools.js", "content.js"] : ["content.js"],
    symbol: "hso.content",
  };
}
