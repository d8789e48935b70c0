import { expect, it } from "vitest";
import { readOrg } from "../../../shared/report/read-value";
import type { Phase } from "../../../shared/report/report";
import type { RawValue, ValidationInput } from "../../../shared/report/validation-input";
import type { Rule } from "../../../shared/rules/rule";
import { createRuleContext } from "../../../shared/rules/rule-context";
import { TEMPLATES } from "../../../shared/templates/catalogue";
import type { TemplateId } from "../../../shared/templates/field";
import { templateAskedOf } from "../../../shared/units/unit-returns";

/** One case: the figures a rule sees and, for failing cases, the findings it must report. */
export interface RuleCase {
  name: string;
  values: Record<string, RawValue>;
  previous?: Record<string, RawValue>;
  notes?: Record<string, string>;
  missingNames?: string[];
  problems?: ValidationInput["problems"];
  notices?: ValidationInput["notices"];
  textCells?: string[];
  phase?: Phase;
  year?: number;
  templates?: TemplateId[];
}

/** A failing case lists exactly the findings expected, as `code@field` or `code@field:severity`. */
export interface FailingCase extends RuleCase {
  expected: string[];
}

/** ESLint's RuleTester shape: passing cases report nothing, failing cases report exactly what is listed. */
export function testRule(rule: Rule, cases: { passing: RuleCase[]; failing: FailingCase[] }): void {
  for (const testCase of cases.passing) {
    it(`passes: ${testCase.name}`, () => {
      expect(run(rule, testCase).map((finding) => describeFinding(finding))).toEqual([]);
    });
  }
  for (const testCase of cases.failing) {
    it(`fails: ${testCase.name}`, () => {
      const found = run(rule, testCase);
      const withSeverity = testCase.expected.some((entry) => entry.includes(":"));
      expect(found.map((finding) => describeFinding(finding, withSeverity, rule))).toEqual(testCase.expected);
    });
  }
}

function run(rule: Rule, testCase: RuleCase) {
  // As validate() does: each unit sees the fields it is asked (the RHF only its private providers').
  const templates = (testCase.templates ?? ["beds", "staffing"]).map((id) =>
    templateAskedOf(TEMPLATES[id], readOrg(testCase.values[`${id}.unit_org`])),
  );
  const input = {
    values: testCase.values,
    previous: testCase.previous,
    notes: testCase.notes,
    missingNames: testCase.missingNames,
    problems: testCase.problems,
    notices: testCase.notices,
    textCells: testCase.textCells,
  };
  return rule.check(createRuleContext(input, templates, testCase.phase ?? "edit", testCase.year));
}

function describeFinding(
  finding: ReturnType<Rule["check"]>[number],
  withSeverity = false,
  rule?: Rule,
): string {
  const base = `${finding.code}@${finding.field}`;
  return withSeverity ? `${base}:${finding.severity ?? rule?.meta.severity}` : base;
}
