import type { SubmissionPackage } from "../package/submission-package";
import { findField, templateOf } from "../templates/catalogue";
import type { Choice } from "../templates/choices";
import type { TemplateId } from "../templates/field";
import { KINDS } from "../templates/kinds";
import { findUnit, REPORTING_UNITS } from "../units/reporting-units";
import { type Footnote, footnotesOf } from "./footnotes";
import { incompleteYears, screenedYears } from "./regional-table";
import { type PackageFile, type Refusal, type Screening, screenPackages } from "./screen-packages";

/** One unit's answers by year: the choice's code (`in_progress`), as the package holds it. */
export interface ChoiceRow {
  unit: string;
  org: string;
  values: Record<string, string>;
}

/**
 * The `aggregate --json` shape for a choice field (a plan measure's status): unit × year with the
 * code, and per year how many units gave each choice, every choice listed (0 included). `total` is
 * kept, always empty: a status is never summed as a number, and the contract's readers find the key.
 */
export interface ChoiceTable {
  field: string;
  years: number[];
  rows: ChoiceRow[];
  total: Record<string, never>;
  counts: Record<string, Record<string, number>>;
  refused: Refusal[];
  incomplete: Record<string, string[]>;
  footnotes: Footnote[];
}

/** The choices of a field whose kind is a choice (a status), or undefined for a figure. */
export function choicesOf(field: string): readonly Choice[] | undefined {
  const def = findField(field);
  return def ? KINDS[def.kind].choices : undefined;
}

/**
 * The regional table of a choice field, every package validated again first (the same screening a
 * figure's table has). Pass a screening to build several fields' tables from one.
 */
export function choiceTable(
  files: readonly PackageFile[],
  field: string,
  screening?: Screening,
): ChoiceTable {
  const template = templateOf(field);
  const templates: TemplateId[] = template ? [template] : [];
  const screened = screening ?? screenPackages(files, templates);
  const choices = choicesOf(field) ?? [];
  const years = screenedYears(files, screened);
  const packages = screened.accepted.map((entry) => entry.pkg);
  const rows = rowsOf(packages, field, choices);
  return {
    field,
    years,
    rows,
    total: {},
    counts: countsOf(rows, years, choices),
    refused: screened.refused,
    incomplete: incompleteYears(rows, years, field, template),
    footnotes: footnotesOf(packages, rows, field),
  };
}

/** One row per unit that answered, in the registry's order; a value that is no choice is left out. */
function rowsOf(
  packages: readonly SubmissionPackage[],
  field: string,
  choices: readonly Choice[],
): ChoiceRow[] {
  const rows = new Map<string, ChoiceRow>();
  for (const pkg of packages) {
    const value = pkg.values[field];
    const unit = findUnit(pkg.unit.org);
    if (typeof value !== "string" || !unit || !choices.some((choice) => choice.code === value)) continue;
    const row = rows.get(unit.org) ?? { unit: unit.name, org: unit.org, values: {} };
    row.values[String(pkg.year)] = value;
    rows.set(unit.org, row);
  }
  return REPORTING_UNITS.flatMap((unit) => rows.get(unit.org) ?? []);
}

/** Per year, how many units gave each choice: counted, never added up as numbers. */
function countsOf(
  rows: readonly ChoiceRow[],
  years: readonly number[],
  choices: readonly Choice[],
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const year of years.map(String)) {
    counts[year] = Object.fromEntries(
      choices.map((choice) => [choice.code, rows.filter((row) => row.values[year] === choice.code).length]),
    );
  }
  return counts;
}
