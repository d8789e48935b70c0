import axe from "axe-core";

/**
 * The serious and critical axe-core violations inside an element. happy-dom does no layout, so
 * rules that need it (colour contrast) come back "incomplete", not passed: the real pages are also
 * checked in Chromium (test/e2e/extension-pages.test.ts).
 */
export async function seriousViolations(root: Element): Promise<string[]> {
  const results = await axe.run(root, { resultTypes: ["violations"] });
  if (results.passes.length === 0 && results.violations.length === 0) return ["axe: nothing was checked"];
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
}
