import { buildLocators } from "./build-locators";
import { compareControl, isEmpty } from "./compare-control";
import type { FieldInfo, FigureReport } from "./content-api";
import type { ControlFacts } from "./control-facts";
import type { HighlightState } from "./highlight";
import { isTyped } from "./page-control";
import { pageRefusal } from "./page-refusal";
import { fieldInfo, type PlannedField } from "./plan-field";
import type { PlanRows } from "./plan-locators";
import { readingPass } from "./reading-pass";
import { listChoice } from "./write-field";

// The preview's rows: only a plan needs them, so they live in profile-tools.js, which the worker
// injects before the content script for a plan (background/request-scripts.ts), and the content
// script asks for them (run-request.ts).

/**
 * A plan's rows carry how to find each control again (the confirmed fill and a profile made from
 * the plan follow them): all rows are located at once (build-locators.ts), in one reading pass of
 * their own.
 */
export function planRows(): PlanRows {
  const wanting: Array<[FieldInfo, ControlFacts]> = [];
  const rows: PlanRows = {
    of(field) {
      const info = fieldInfo(field);
      wanting.push([info, field.facts]);
      return info;
    },
    locate() {
      if (wanting.length === 0) return;
      // One pass for all of a plan's rows: ids, names and places counted once per tree.
      const built = readingPass(() => wanting.map(([, facts]) => buildLocators(facts)));
      wanting.forEach(([info], index) => {
        info.locators = built[index] ?? [];
      });
      wanting.length = 0;
    },
    report(fields, mark) {
      return readingPass(() => fields.map((field) => planRow(field, rows, mark)));
    },
  };
  return rows;
}

/** What a fill would do with one planned field, marked so on the page. */
function planRow(
  field: PlannedField,
  rows: PlanRows,
  mark: (element: Element, state: HighlightState) => void,
): FigureReport {
  const { same, actual } = compareControl(field.figure, field.facts.control, field.style, field.expected);
  const { control } = field.facts;
  // The preview says ahead what the fill would refuse: a figure the page's constraints reject.
  const constraint = !same && isTyped(control) ? pageRefusal(control.element, field.expected) : undefined;
  // Only empty fields are filled unless the user chooses overwrite: the preview says so ahead (S5).
  const other = !same && constraint === undefined && !isEmpty(control);
  // A list the fill would find no option in, or two, is said so ahead (the fill's own decision).
  const choice = same ? undefined : listChoice(field);
  const refused = choice !== undefined && !("item" in choice) ? choice : undefined;
  const state = refused
    ? refused.ambiguous
      ? "ambiguous"
      : "no_option"
    : constraint !== undefined
      ? "refused"
      : other
        ? "mismatched"
        : "planned";
  mark(control.element, state === "planned" || state === "ambiguous" ? state : "mismatched");
  const outcome = same ? "matched" : state;
  const report: FigureReport = {
    id: field.figure.id,
    outcome,
    field: rows.of(field),
    expected: field.expected,
    actual,
    ...(refused ? { options: refused.options } : {}),
  };
  return constraint === undefined ? report : { ...report, constraint };
}
