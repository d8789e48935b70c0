import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { TemplateId } from "../../shared/templates/field";
import { findUnit } from "../../shared/units/reporting-units";
import { type BedsReference, reportedBedsFields } from "./beds-reference";
import type { BedsWord } from "./beds-reference-words";
import { unitName, type WorkbookIdentity } from "./workbook-identity";

type Params = Record<string, string | number>;

/** What to do with a package chosen as last year's beds: refuse it, or use it (after a question). */
export type BedsCheck =
  | { kind: "refuse"; word: BedsWord; params: Params }
  | { kind: "use"; reference: BedsReference; ask?: Params };

/**
 * Whether a package may stand for the beds a capacity plan's first year is set beside (docs/addin.md),
 * by the rules of the fill from last year: the workbook must say its unit and plan year; a package of
 * another unit is refused, both named from the registry; a package without those beds is refused; a
 * package of another year than the one before the plan's is asked about, naming unit and years.
 */
export function checkBedsPackage(
  pkg: SubmissionPackage,
  file: string,
  workbook: WorkbookIdentity & { templates: readonly TemplateId[] },
): BedsCheck {
  const org = pkg.unit.org;
  if (!findUnit(org)) return { kind: "refuse", word: "unknownUnit", params: { file, org } };
  const unit = unitName(org);
  if (workbook.org === undefined) return { kind: "refuse", word: "noUnit", params: { file } };
  if (workbook.org !== org) {
    return {
      kind: "refuse",
      word: "otherUnit",
      params: { file, unit, workbookUnit: unitName(workbook.org) },
    };
  }
  if (workbook.year === undefined) return { kind: "refuse", word: "noYear", params: { file } };
  const ids = reportedBedsFields(workbook.templates);
  const values = Object.fromEntries(
    ids.flatMap((id) => (typeof pkg.values[id] === "number" ? [[id, pkg.values[id]]] : [])),
  );
  if (Object.keys(values).length === 0) {
    return { kind: "refuse", word: "noBeds", params: { file, unit, year: pkg.year } };
  }
  const reference: BedsReference = { file, org, year: pkg.year, planYear: workbook.year, values };
  const expected = workbook.year - 1;
  if (pkg.year === expected) return { kind: "use", reference };
  return { kind: "use", reference, ask: { file, unit, year: pkg.year, expected, planYear: workbook.year } };
}
