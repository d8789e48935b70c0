import type { ContentRequest } from "../content/content-api";

/**
 * A plan's rows carry locators, built by profile-tools.js, and a profile's fields and a preview's
 * confirmed rows are found by following locators, which profile-tools.js does too
 * (content/plan-locators.ts): for these it goes in first. A fill or a check by labels needs only
 * the content script, which every frame gets on every run.
 */
export function scriptsFor(request: ContentRequest): string[] {
  const locators = request.mode === "plan" || request.profile || request.confirmed !== undefined;
  return locators ? ["profile-tools.js", "content.js"] : ["content.js"];
}

/** The engine functions profile-tools.js answers itself; every other is the content script's. */
const TOOL_METHODS: ReadonlySet<string> = new Set(["identity", "pick", "testProfile", "invalidSelectors"]);

/**
 * The scripts to inject, in order, before calling an engine function other than `run`, and the
 * Symbol key it answers under: undo's putting back is profile-tools.js's too, called by the
 * content script's undo (content/content-script.ts), so it goes in first.
 */
export function scriptsForCall(method: string): { files: string[]; symbol: string } {
  if (TOOL_METHODS.has(method)) return { files: ["profile-tools.js"], symbol: "hso.profile-tools" };
  return {
    files: method === "undo" ? ["profile-tools.js", "content.js"] : ["content.js"],
    symbol: "hso.content",
  };
}
