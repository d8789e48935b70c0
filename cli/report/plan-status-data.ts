import { type ChoiceTable, choiceTable } from "../../shared/aggregate/choice-table";
import { expectedReporters } from "../../shared/aggregate/regional-table";
import { type PackageFile, type Refusal, screenPackages } from "../../shared/aggregate/screen-packages";
import { TEMPLATES } from "../../shared/templates/catalogue";
import { STATUS_CHOICES } from "../../shared/templates/choices";
import type { FieldDef } from "../../shared/templates/field";
import { REPORTING_UNITS } from "../../shared/units/reporting-units";

/** A focus area of the regional plan: its title and its measures, in the template's order. */
export interface FocusArea {
  title: string;
  measures: FieldDef[];
}

/** One measure × one trust: the status code this year, last year's, and the comment. */
export interface StatusCell {
  code?: string;
  previous?: string;
  comment?: string;
}

/** What the plan-status section shows for a year, from packages validated again. */
export interface PlanStatusData {
  year: number;
  areas: FocusArea[];
  /** The units whose return for the year is used, in the registry's order. */
  orgs: string[];
  /** Units expected to send plan status that sent nothing for the year (a return left out is in `refused`). */
  missing: string[];
  /** Every unit expected to send plan status. */
  owing: string[];
  refused: Refusal[];
  cell: (field: string, org: string) => StatusCell;
}

/** The row of a field on the template's sheet, read from its input cell ("C12" → 12). */
function rowOf(field: FieldDef): number {
  return Number(/\d+$/.exec(field.cell.value)?.[0] ?? 0);
}

/** The template's status fields grouped under the section heading above them: the plan's focus areas. */
export function focusAreas(): FocusArea[] {
  const template = TEMPLATES.plan_status;
  const measures = template.fields.filter((field) => field.kind === "status");
  return template.sections
    .map((section, index) => {
      const next = template.sections[index + 1]?.row ?? Number.POSITIVE_INFINITY;
      return {
        title: section.title.nb,
        measures: measures.filter((field) => rowOf(field) > section.row && rowOf(field) < next),
      };
    })
    .filter((area) => area.measures.length > 0);
}

/** The year's plan-status returns (and last year's, for a status gone back), or undefined when none. */
export function planStatusData(packages: readonly PackageFile[], year: number): PlanStatusData | undefined {
  const files = packages.filter((entry) => entry.pkg.year === year || entry.pkg.year === year - 1);
  const screening = screenPackages(files, ["plan_status"]);
  const refused = screening.refused.filter((refusal) => yearOf(files, refusal.file) === year);
  const thisYear = screening.accepted.filter((entry) => entry.pkg.year === year);
  if (thisYear.length === 0 && refused.length === 0) return undefined;
  const areas = focusAreas();
  const tables = new Map<string, ChoiceTable>();
  for (const field of areas.flatMap((area) => area.measures))
    tables.set(field.id, choiceTable(files, field.id, screening));
  const sent = new Set(thisYear.map((entry) => entry.pkg.unit.org));
  const orgs = REPORTING_UNITS.map((unit) => unit.org).filter((org) => sent.has(org));
  // A unit whose return was left out did send: it is named with the reason, not as missing.
  const left = new Set(
    refused.map((refusal) => files.find((entry) => entry.file === refusal.file)?.pkg.unit.org),
  );
  // Who owes the measures is asked of a measure itself (the RHF's agreement management owes none).
  const owing = expectedReporters(areas[0]?.measures[0]?.id ?? "", "plan_status").map((unit) => unit.org);
  const missing = owing.filter((org) => !sent.has(org) && !left.has(org));
  const cell = (field: string, org: string): StatusCell => {
    const table = tables.get(field);
    const values = table?.rows.find((row) => row.org === org)?.values ?? {};
    const comment = thisYear.find((entry) => entry.pkg.unit.org === org)?.pkg.notes[field]?.trim();
    return {
      ...(values[String(year)] ? { code: values[String(year)] } : {}),
      ...(values[String(year - 1)] ? { previous: values[String(year - 1)] } : {}),
      ...(comment ? { comment } : {}),
    };
  };
  return { year, areas, orgs, missing, owing, refused, cell };
}

function yearOf(files: readonly PackageFile[], file: string): number | undefined {
  return files.find((entry) => entry.file === file)?.pkg.year;
}

/** Whether a status is further back than last year's (in place → in progress, say). */
export function wentBack(cell: StatusCell): boolean {
  const rank = (code: string | undefined) => STATUS_CHOICES.findIndex((choice) => choice.code === code);
  return cell.code !== undefined && cell.previous !== undefined && rank(cell.code) < rank(cell.previous);
}

/** Per focus area, how many measure × trust cells hold each status (codes in the choices' order). */
export function areaCounts(data: PlanStatusData): { area: string; counts: Record<string, number> }[] {
  return data.areas.map((area) => {
    const counts = Object.fromEntries(STATUS_CHOICES.map((choice) => [choice.code, 0]));
    for (const field of area.measures)
      for (const org of data.orgs) {
        const code = data.cell(field.id, org).code;
        if (code !== undefined && code in counts) counts[code] = (counts[code] ?? 0) + 1;
      }
    return { area: area.title, counts };
  });
}
