import { formatNumber } from "../../shared/numbers/format-number";
import { isTemplateId, TEMPLATES } from "../../shared/templates/catalogue";
import type { FieldDef } from "../../shared/templates/field";
import { noteName, previousName } from "../../shared/templates/names";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { parseOptions } from "../parse-options";

/** `fields <template> [--json]`: the field catalogue, for people or for tools. */
export async function fieldsCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, { json: { type: "boolean" } });
  const id = positionals[0];
  if (id === undefined)
    throw new CliFailure({ code: "missingArgument", params: { what: "<mal>/<template>" } });
  if (!isTemplateId(id)) throw new CliFailure({ code: "unknownTemplate", params: { template: id } });
  const template = TEMPLATES[id];
  if (values.json === true) {
    const json = { template: id, version: template.version, fields: template.fields.map(fieldJson) };
    context.io.out(JSON.stringify(json, null, 2));
    return 0;
  }
  context.io.out(context.words.fieldsHeading);
  for (const field of template.fields) context.io.out(fieldLine(field, context));
  return 0;
}

function fieldJson(field: FieldDef) {
  return {
    id: field.id,
    label: field.label,
    help: field.help,
    type: field.kind,
    unit: field.unit ?? null,
    min: field.min ?? null,
    max: field.max ?? null,
    step: field.step ?? null,
    required: field.required,
    parts: field.parts ?? [],
    includes: field.includes ?? [],
    formula: field.formula !== undefined,
    // The names the field's cells carry: a status and a plan year have a note without being compared.
    names: {
      value: field.id,
      ...(field.cell.previous ? { previous: previousName(field.id) } : {}),
      ...(field.cell.note ? { note: noteName(field.id) } : {}),
    },
    ...(field.against ? { against: field.against } : {}),
    ...(field.reported ? { reported: field.reported } : {}),
  };
}

function fieldLine(field: FieldDef, context: CliContext): string {
  const style = context.lang === "nb" ? "nb" : "point";
  // A year is written without grouping: "2 000–2 100" would read as two thousand, not as years.
  const plain = field.kind === "year";
  const number = (value: number | undefined) =>
    value === undefined ? "" : plain ? String(value) : formatNumber(value, { style });
  const bounds =
    field.min === undefined && field.max === undefined ? "" : `${number(field.min)}–${number(field.max)}`;
  const step = field.step === undefined ? "" : ` (${number(field.step)})`;
  const required = field.required ? " *" : "";
  const unit = field.unit?.[context.lang] ?? "";
  return [field.id + required, field.label.nb, field.label.en, field.kind, unit, bounds + step].join("\t");
}
