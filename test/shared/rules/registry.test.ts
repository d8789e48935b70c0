import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../shared/rules/registry";

const RULES_DIR = resolve(import.meta.dirname, "../../../shared/rules");
const HELPERS = new Set([
  "registry.ts",
  "rule.ts",
  "rule-context.ts",
  "sum-of.ts",
  "reporting-year.ts",
  "change-size.ts",
  "computed-totals.ts",
  "blank-total-parts.ts",
  "status-reading.ts",
  "previous-year.ts",
]);

// refined-github's meta-test: a rule file that is not registered, described or tested is unfinished.
describe("rule registry", () => {
  const ruleFiles = readdirSync(RULES_DIR).filter((file) => file.endsWith(".ts") && !HELPERS.has(file));
  const testFiles = new Set(readdirSync(import.meta.dirname));

  it("registers every rule file under its file name", () => {
    expect(ruleFiles.map((file) => file.replace(/\.ts$/, "")).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.entries(RULES))("%s has a matching id, a description and a test file", (id, rule) => {
    expect(rule.id).toBe(id);
    expect(rule.meta.description.length).toBeGreaterThan(10);
    expect(testFiles.has(`${id}.test.ts`)).toBe(true);
  });
});
