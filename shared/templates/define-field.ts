import type { Aliases, FieldDef, TemplateId, Words } from "./field";
import { type FieldKind, KINDS } from "./kinds";

export { isFigureKind } from "./kinds";

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
  /** Compared with last year (rule 4); defaults to true for figures, false for everything else. */
  compared?: boolean;
  formula?: string;
  /** A computed share: `part / whole × 100` (field names of the same template). */
  share?: { part: string; whole: string };
  /** Compared with this field of the same template (the year before in a plan), explained in `note.`. */
  against?: string;
  /** A field of another template (full id) this field is checked against. */
  reported?: string;
  /** The field carries a comment (`note.<id>`) even where it is not compared. */
  note?: boolean;
  /** A planned figure: the year it is planned for, which is not the year the plan is made. */
  plannedFor?: number;
}

/** Turns a field spec into a catalogue entry placed on `row` of the template's sheet. */
export function defineField(template: TemplateId, sheet: string, row: number, spec: FieldSpec): FieldDef {
  const kind = KINDS[spec.kind];
  const qualify = (name: string) => `${template}.${name}`;
  const compared = spec.compared ?? kind.figure;
  // Last year's value is shown where it is compared, and for a status whose history matters.
  const previous = spec.against === undefined && (spec.compared ?? (kind.figure || spec.kind === "status"));
  const note = previous || spec.against !== undefined || spec.note === true;
  const share = spec.share && { part: qualify(spec.share.part), whole: qualify(spec.share.whole) };
  return {
    id: qualify(spec.name),
    template,
    kind: spec.kind,
    label: spec.label,
    ...(spec.aliases === undefined ? {} : { aliases: spec.aliases }),
    help: spec.help,
    unit: kind.unit,
    ...(kind.min === undefined ? {} : { min: kind.min }),
    ...(kind.max === undefined ? {} : { max: kind.max }),
    ...(kind.step === undefined ? {} : { step: kind.step }),
    required: spec.required ?? false,
    parts: spec.parts?.map(qualify),
    includes: spec.includes?.map(qualify),
    headcount: spec.headcount === undefined ? undefined : qualify(spec.headcount),
    compared,
    formula: spec.formula,
    ...(share ? { share } : {}),
    ...(spec.against === undefined ? {} : { against: qualify(spec.against) }),
    ...(spec.reported === undefined ? {} : { reported: spec.reported }),
    ...(spec.plannedFor === undefined ? {} : { plannedFor: spec.plannedFor }),
    cell: {
      sheet,
      value: `C${row}`,
      ...(previous ? { previous: `D${row}` } : {}),
      ...(note ? { note: `F${row}` } : {}),
    },
  };
}
