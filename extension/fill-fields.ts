import { allFields, findField, TEMPLATES } from "../shared/templates/catalogue";
import type { Aliases, FieldDef, Words } from "../shared/templates/field";
import { KINDS } from "../shared/templates/kinds";
import type { FigureKind } from "./content/content-api";

/** The id prefix of a measure's comment: `note.plan_status.joint_intake` (docs/package.md's `note.<id>`). */
export const NOTE_PREFIX = "note.";

/**
 * One field the extension can put into a form: a catalogue field, or the comment that belongs to a
 * plan-status measure. `labels` and `aliases` are what matching compares with the page; `shown` is
 * what the popup and the options page call it.
 */
export interface FillField {
  id: string;
  kind: FigureKind;
  labels: Words;
  aliases?: Aliases;
  /** For a status: each code's words ("in_place": "på plass" / "in place"), the option texts to match. */
  choices?: Record<string, Words>;
  shown: Words;
}

const COMMENT: Words = { nb: "Kommentar", en: "Comment" };

/**
 * Every field a form may hold: the catalogue's, and for each plan-status measure its comment. A
 * measure is named by its own words, and also by its focus area with them ("Barn og unge" +
 * "Standard for bruk av ambulant virksomhet"): a form that sets the measures under their areas'
 * headings then names each measure with words other measures share, which alone would rule it out.
 */
export function fillFields(): FillField[] {
  return allFields().flatMap((field) => {
    const own = fillField(field);
    if (field.kind !== "status") return [own];
    const note: FillField = {
      ...own,
      id: `${NOTE_PREFIX}${field.id}`,
      kind: "note",
      shown: { nb: `${COMMENT.nb}: ${field.label.nb}`, en: `${COMMENT.en}: ${field.label.en}` },
    };
    delete note.choices;
    return [own, note];
  });
}

/** The fill field of an id (a catalogue id, or `note.` and a status field's id). */
export function findFillField(id: string): FillField | undefined {
  const measure = id.startsWith(NOTE_PREFIX) ? findField(id.slice(NOTE_PREFIX.length)) : undefined;
  if (measure !== undefined)
    return measure.kind === "status" ? fillFields().find((f) => f.id === id) : undefined;
  const field = findField(id);
  return field === undefined ? undefined : fillField(field);
}

function fillField(field: FieldDef): FillField {
  const choices = KINDS[field.kind].choices;
  const aliases = field.kind === "status" ? withArea(field) : field.aliases;
  return {
    id: field.id,
    kind: field.kind,
    labels: field.label,
    ...(aliases === undefined ? {} : { aliases }),
    ...(choices === undefined
      ? {}
      : { choices: Object.fromEntries(choices.map((choice) => [choice.code, choice.words])) }),
    shown: field.label,
  };
}

/** A measure's aliases plus its focus area's title before its words, in each language. */
function withArea(field: FieldDef): Aliases | undefined {
  const area = areaOf(field);
  if (area === undefined) return field.aliases;
  return {
    nb: [...(field.aliases?.nb ?? []), `${area.nb} ${field.label.nb}`],
    en: [...(field.aliases?.en ?? []), `${area.en} ${field.label.en}`],
  };
}

/** The section heading a field sits under on its template's sheet. */
function areaOf(field: FieldDef): Words | undefined {
  const row = Number(/\d+$/.exec(field.cell.value)?.[0]);
  const sections = TEMPLATES[field.template].sections.filter((section) => section.row < row);
  return sections.at(-1)?.title;
}

/** What the popup calls a figure: a comment as "Kommentar: <measure>", any other by its catalogue label. */
export function shownLabel(figure: { id: string; labels: Words }): Words {
  return findFillField(figure.id)?.shown ?? figure.labels;
}
