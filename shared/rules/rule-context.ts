import type { CellNotice, CellProblem } from "../report/cell-finding";
import { type NumberReading, readNumber } from "../report/read-value";
import type { Phase } from "../report/report";
import {
  isBlank,
  type PreviousSource,
  type RawValue,
  type ValidationInput,
} from "../report/validation-input";
import type { FieldDef, FieldKind, TemplateDef } from "../templates/field";
import { kindsWhere } from "../templates/kinds";

/** Everything a rule may look at, read once per pass and shared by all rules. */
export interface RuleContext {
  templates: readonly TemplateDef[];
  /** Every field of the templates in play, in workbook order. */
  fields: readonly FieldDef[];
  phase: Phase;
  /** The year being reported, when known from outside the figures. */
  year?: number;
  raw(id: string): RawValue | undefined;
  /** How this year's value reads as a number. */
  reading(id: string): NumberReading;
  /** This year's value as a number, or undefined when blank or unreadable. */
  number(id: string): number | undefined;
  /** Last year's value as a number, or undefined. */
  previous(id: string): number | undefined;
  /** Last year's value as it was given (a status, text), or undefined. */
  previousRaw(id: string): RawValue | undefined;
  /** Where `previous` comes from when it is last year's packages (validation-input.ts). */
  previousFrom?: readonly PreviousSource[];
  /** The explanation written for a field, trimmed ("" when none). */
  note(id: string): string;
  /** Whether a defined name (field id or `prev.`/`note.` name) is missing from the workbook. */
  isNameMissing(name: string): boolean;
  /** Defined name → why its cell cannot be read (workbooks only). */
  problems: Readonly<Record<string, CellProblem>>;
  /** Defined name → what is odd about it but read anyway (workbooks only). */
  notices: Readonly<Record<string, readonly CellNotice[]>>;
  /** Whether any defined name is missing at all (never, for a package). */
  anyNameMissing: boolean;
  /** The cell's number format when the field's cell is formatted as Text (`@`), else "" (workbooks only). */
  textFormat(id: string): string;
  /** Where a field's value was read (`Aktivitet!C11`), "" outside a workbook. */
  cellOf(id: string): string;
  fieldsOfKind(...kinds: FieldKind[]): FieldDef[];
}

/** Builds the context for one pass, reading every value once. */
export function createRuleContext(
  input: ValidationInput,
  templates: readonly TemplateDef[],
  phase: Phase,
  year?: number,
): RuleContext {
  const layout = layoutOf(templates);
  const fields = layout.fields;
  const readings = new Map<string, NumberReading>();
  const reading = (id: string) => {
    let found = readings.get(id);
    if (!found) {
      found = problems[id] ? UNREADABLE : readNumber(input.values[id]);
      readings.set(id, found);
    }
    return found;
  };
  const numberOf = (r: NumberReading) => (r.state === "number" ? r.value : undefined);
  const missing = new Set(input.missingNames ?? []);
  const problems = input.problems ?? {};
  const textCells = new Set(input.textCells ?? []);
  return {
    templates,
    fields,
    phase,
    year,
    raw: (id) => input.values[id],
    reading,
    number: (id) => numberOf(reading(id)),
    previous: (id) => (input.previous ? numberOf(readNumber(input.previous[id])) : undefined),
    previousRaw: (id) => input.previous?.[id],
    ...(input.previousFrom ? { previousFrom: input.previousFrom } : {}),
    note: (id) => {
      const note = input.notes?.[id];
      return isBlank(note) ? "" : String(note).trim();
    },
    isNameMissing: (name) => missing.has(name),
    problems,
    notices: input.notices ?? {},
    anyNameMissing: missing.size > 0,
    textFormat: (id) => (textCells.has(id) ? "@" : ""),
    cellOf: (id) => input.cells?.[id] ?? "",
    fieldsOfKind: (...kinds) => layout.ofKinds(kinds),
  };
}

const UNREADABLE: NumberReading = { state: "unreadable" };

/** What depends only on the templates in play, worked out once per set: rules ask on every pass. */
interface TemplateLayout {
  fields: readonly FieldDef[];
  /** Field id → position in workbook order, for sorting issues. */
  order: ReadonlyMap<string, number>;
  ofKinds(kinds: readonly FieldKind[]): FieldDef[];
}

const layouts = new Map<string, TemplateLayout>();

/** The layout of a set of templates, from the cache after the first pass. */
export function layoutOf(templates: readonly TemplateDef[]): TemplateLayout {
  const key = templates.map(templateKey).join(",");
  let layout = layouts.get(key);
  if (!layout) {
    const fields = templates.flatMap((template) => template.fields);
    const byKinds = new Map<string, FieldDef[]>();
    layout = {
      fields,
      order: new Map(fields.map((field, index) => [field.id, index])),
      ofKinds: (kinds) => {
        const kindsKey = kinds.join(",");
        let found = byKinds.get(kindsKey);
        if (!found) {
          found = fields.filter((field) => kinds.includes(field.kind));
          byKinds.set(kindsKey, found);
        }
        return found;
      },
    };
    layouts.set(key, layout);
  }
  return layout;
}

const templateKeys = new WeakMap<TemplateDef, string>();

/** A template's identity for the cache: a unit's view of a template (fewer fields) is another layout. */
function templateKey(template: TemplateDef): string {
  let key = templateKeys.get(template);
  if (key === undefined) {
    key = `${template.id}@${template.version}:${template.fields.map((field) => field.id).join("|")}`;
    templateKeys.set(template, key);
  }
  return key;
}

/** Field kinds read as numbers (the kind table says which). */
export const NUMERIC_KINDS: readonly FieldKind[] = kindsWhere((kind) => kind.numeric);
