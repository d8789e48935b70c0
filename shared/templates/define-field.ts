import type { Aliases, FieldDef, FieldKind, TemplateId, Words } from "./field";

/** What a template file says about one field; the rest is derived from the kind and the row. */
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: Words;
  aliases?: Aliases;
  help: Words;
  required?: boolean;
  parts?: readonly string[];
  includes?: readonly string[];
  headcount?: string;
  /** Defaults to true for figures (beds, headcounts, FTE, places), false for identity fields. */
  compared?: boolean;
  formula?: string;
}

const UNITS: Partial<Record<FieldKind, Words>> = {
  beds: { nb: "plasser", en: "beds" },
  places: { nb: "plasser", en: "places" },
  headcount: { nb: "personer", en: "persons" },
  fte: { nb: "årsverk", en: "FTE" },
  percent: { nb: "%", en: "%" },
};

const BOUNDS: Partial<Record<FieldKind, Pick<FieldDef, "min" | "max" | "step">>> = {
  beds: { min: 0, max: 5000, step: 0.5 },
  places: { min: 0, max: 5000, step: 0.5 },
  headcount: { min: 0, max: 50000, step: 1 },
  fte: { min: 0, max: 50000, step: 0.01 },
  percent: { min: 0, max: 100, step: 0.01 },
  year: { min: 2000, max: 2100, step: 1 },
};

const FIGURE_KINDS: ReadonlySet<FieldKind> = new Set(["beds", "places", "headcount", "fte"]);

/** Whether a kind is a figure that is compared over years and can carry an explanation. */
export function isFigureKind(kind: FieldKind): boolean {
  return FIGURE_KINDS.has(kind);
}

/** Turns a field spec into a catalogue entry placed on `row` of the template's sheet. */
export function defineField(template: TemplateId, sheet: string, row: number, spec: FieldSpec): FieldDef {
  const id = `${template}.${spec.name}`;
  const compared = spec.compared ?? isFigureKind(spec.kind);
  const qualify = (name: string) => `${template}.${name}`;
  return {
    id,
    template,
    kind: spec.kind,
    label: spec.label,
    ...(spec.aliases === undefined ? {} : { aliases: spec.aliases }),
    help: spec.help,
    unit: UNITS[spec.kind],
    ...BOUNDS[spec.kind],
    required: spec.required ?? false,
    parts: spec.parts?.map(qualify),
    includes: spec.includes?.map(qualify),
    headcount: spec.headcount === undefined ? undefined : qualify(spec.headcount),
    compared,
    formula: spec.formula,
    cell: {
      sheet,
      value: `C${row}`,
      ...(isFigureKind(spec.kind) ? { previous: `D${row}`, note: `F${row}` } : {}),
    },
  };
}
