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
