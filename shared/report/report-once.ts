import type { Finding } from "../rules/rule";
import type { FieldDef } from "../templates/field";
import type { IssueCode, Severity } from "./issue";

/** A finding with the severity it is reported at and the rule that raised it. */
export interface Judged {
  finding: Finding;
  severity: Severity;
  rule: string;
}

/**
 * Findings that say nothing against the value itself: that it is absent (there being no value), or
 * that its change needs an explanation (an error only at export; the figure may well be right).
 */
const NOT_AGAINST_VALUE: ReadonlySet<IssueCode> = new Set([
  "change_unexplained",
  "name_missing",
  "required_missing",
  "total_part_missing",
  "value_missing",
  "count_date_missing",
]);

/** Findings about how a figure is stored rather than what it is: they yield to an error in the figure. */
const STORAGE: ReadonlySet<IssueCode> = new Set([
  "number_as_text",
  "number_as_text_not_summed",
  "number_as_text_not_in_share",
]);

/**
 * One bad figure, one issue, at the cell the controller typed (a "40,3" was reported three times:
 * as text, as not a half step, and as a total that does not add up). A field's value is *wrong* when
 * an error is found in the value itself, resting on no other field (not a blank, not a change that
 * needs an explanation). Then:
 * - the field's warnings and information are dropped (its error says what to fix), and so is "stored
 *   as text" when the figure itself is wrong (a text "40,3" in a bed count is reported as 40,3 not
 *   being a half step: retyping it as a number is part of the fix);
 * - a computed total (a formula) with a wrong part is wrong by consequence, and so on up, and its
 *   findings are dropped, since fixing the typed cell fixes them; so is a computed share with a wrong
 *   part or whole (5 300 rejected of 5 200 received is one error, not also a rate of 101,9 %);
 * - a finding that rests on a wrong field, a total wrong by consequence, or a field whose defined
 *   name is missing (its value unknown) is dropped.
 * Only findings beside an error are dropped, so whether the report is ok never changes.
 */
export function reportOnce(findings: readonly Judged[], fields: readonly FieldDef[]): readonly Judged[] {
  const wrong = new Set<string>();
  const unknown = new Set<string>();
  const figureWrong = new Set<string>();
  let relations = false;
  for (const { finding, severity } of findings) {
    if (finding.code === "name_missing" && severity === "error") unknown.add(finding.field);
    else if (severity === "error" && isAgainstOwnValue(finding)) {
      wrong.add(finding.field);
      if (!STORAGE.has(finding.code)) figureWrong.add(finding.field);
    } else if (severity === "error" && finding.involves) relations = true;
  }
  if (wrong.size === 0 && unknown.size === 0 && !relations) return findings;
  const consequence = consequences(findings, wrong, unknown, fields);
  const unsure = (id: string) => wrong.has(id) || consequence.has(id) || unknown.has(id);
  return findings.filter(({ finding, severity }) => {
    if (consequence.has(finding.field)) return false;
    if (finding.involves?.some(unsure)) return false;
    if (STORAGE.has(finding.code) && figureWrong.has(finding.field)) return false;
    return severity === "error" || !wrong.has(finding.field);
  });
}

/**
 * The computed totals wrong by consequence: resting on a wrong field, or on a field blamed by an
 * error between sure figures (a typed-over total that does not add up makes the total above it not
 * add up either). Findings are taken parts first, so a part is blamed before the total above it.
 */
function consequences(
  findings: readonly Judged[],
  wrong: ReadonlySet<string>,
  unknown: ReadonlySet<string>,
  fields: readonly FieldDef[],
): Set<string> {
  const blamed = new Set(wrong);
  let resting = computedTotalsResting(blamed, fields);
  const height = heights(fields);
  const relations = findings
    .filter(({ finding, severity }) => severity === "error" && finding.involves)
    .sort((a, b) => (height.get(a.finding.field) ?? 0) - (height.get(b.finding.field) ?? 0));
  for (const { finding } of relations) {
    const at = finding.field;
    if (blamed.has(at) || resting.has(at)) continue;
    if (finding.involves?.some((id) => blamed.has(id) || resting.has(id) || unknown.has(id))) continue;
    blamed.add(at);
    resting = computedTotalsResting(blamed, fields);
  }
  return resting;
}

/** How many computed totals a field sits under: 0 for a typed part, 1 for its total, and so on. */
function heights(fields: readonly FieldDef[]): Map<string, number> {
  const height = new Map<string, number>();
  const of = (field: FieldDef): number => {
    const known = height.get(field.id);
    if (known !== undefined) return known;
    height.set(field.id, 0);
    const inputs = field.share ? [field.share.part, field.share.whole] : field.parts;
    const parts = fields.filter((part) => inputs?.includes(part.id));
    const value = parts.length === 0 ? 0 : 1 + Math.max(...parts.map(of));
    height.set(field.id, value);
    return value;
  };
  for (const field of fields) of(field);
  return height;
}

function isAgainstOwnValue(finding: Finding): boolean {
  // A problem with the cell of `prev.<id>` or `note.<id>` says nothing against this year's value.
  const own = finding.name === undefined || finding.name === finding.field;
  return own && !finding.involves && !NOT_AGAINST_VALUE.has(finding.code);
}

/** The computed totals that rest, directly or through another total, on a wrong field. */
function computedTotalsResting(wrong: ReadonlySet<string>, fields: readonly FieldDef[]): Set<string> {
  const resting = new Set<string>();
  let grew = wrong.size > 0;
  while (grew) {
    grew = false;
    for (const field of fields) {
      // A formula's own error counts too: 40.3 in a part makes its totals 103.3 and 141.8, each "not a
      // half step", and fixing the typed part fixes them (a total typed over shows its own error then).
      const inputs = computedFrom(field);
      if (!inputs || resting.has(field.id)) continue;
      if (inputs.some((id) => wrong.has(id) || resting.has(id))) {
        resting.add(field.id);
        grew = true;
      }
    }
  }
  return resting;
}

/** The fields a computed cell is worked out from: a total's parts, a share's part and whole. */
function computedFrom(field: FieldDef): readonly string[] | undefined {
  if (field.share) return [field.share.part, field.share.whole];
  return field.formula ? field.parts : undefined;
}
