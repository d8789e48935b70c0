import { allFields, findField, TEMPLATES } from "../shared/templates/catalogue";
import type { Aliases, FieldDef, Words } from "../shared/templates/field";
import { KINDS } from "../shared/templates/kinds";
import type { FigureKind } from "./content/content-api";

/** The id prefix of a measure's comment: `note.plan_status.joint_intake` (docs/package.md's `note.<id>`). */
export const NOTE_PREFIX = "note.";

/**
 * One field the extension can put into a form: a catalogue field, or the note that belongs to one
 * (a measure's comment, a figure's explanation, a plan's reason). `labels` and `aliases` are what matching compares with the page; `shown` is
 * what the popup and the options page call it.
 */
export interface FillField {
  id: string;
  kind: FigureKind;
  labels: Words;
  aliases?: Aliases;
  /** For a status: each code's words ("in_place": "på plass" / "in place"), the option texts to match. */
  choices?: Record<string, Words>;
  /** A plan's figure (`plannedFor`: the capacity plan's years), which a form's budget or forecast may hold. */
  planned?: boolean;
  shown: Words;
}

const COMMENT: Words = { nb: "Kommentar", en: "Comment" };
const EXPLANATION: Words = { nb: "Forklaring", en: "Explanation" };
const REASON: Words = { nb: "Begrunnelse", en: "Reason" };

/**
 * Every field a form may hold: the catalogue's, and for each field that carries a note
 * (docs/package.md `notes`) that note: a measure's comment, a figure's explanation of a change
 * ("Forklaring ved endring i PHV voksne, i alt"), a capacity plan's reason. Every note competes
 * for the page's text boxes as the figures do for theirs, so one figure's box is never another's.
 */
export function fillFields(): FillField[] {
  return allFields().flatMap((field) => {
    const note = noteField(field);
    return note === undefined ? [fillField(field)] : [fillField(field), note];
  });
}

/** The fill field of an id (a catalogue id, or `note.` and the id of a field that carries a note). */
export function findFillField(id: string): FillField | undefined {
  if (id.startsWith(NOTE_PREFIX)) {
    const field = findField(id.slice(NOTE_PREFIX.length));
    return field === undefined ? undefined : noteField(field);
  }
  const field = findField(id);
  return field === undefined ? undefined : fillField(field);
}

/**
 * The note of a field, if it carries one. A measure's comment is named by the measure (with its
 * focus area); a figure's explanation by the figure; a capacity plan's reason by its service
 * area and the plan ("PHV voksne, Kapasitetsplan") or its section ("PHV voksne: planlagte
 * døgnplasser"): forms ask one reason per area, not per year,
 * so every year of an area names its reason alike — one box, and two reasons of one area in the
 * package are two texts for one box, neither written (run-request.ts refuseShared).
 */
function noteField(field: FieldDef): FillField | undefined {
  if (field.cell.note === undefined) return undefined;
  const own = fillField(field);
  delete own.choices;
  const id = `${NOTE_PREFIX}${field.id}`;
  const area = planArea(field);
  if (area !== undefined) {
    const plan = TEMPLATES[field.template].name;
    const labels = { nb: `${area.nb}, ${plan.nb}`, en: `${area.en}, ${plan.en}` };
    // Its sheet section, "PHBU: planlagte døgnplasser", is what a form's heading may say instead.
    const section = areaOf(field);
    const aliases = section && { nb: [section.nb], en: [section.en] };
    return { id, kind: "note", labels, ...(aliases ? { aliases } : {}), shown: shownAs(REASON, field.label) };
  }
  const word = field.kind === "status" ? COMMENT : EXPLANATION;
  return { ...own, id, kind: "note", shown: shownAs(word, field.label) };
}

const shownAs = (word: Words, label: Words): Words => ({
  nb: `${word.nb}: ${label.nb}`,
  en: `${word.en}: ${label.en}`,
});

/**
 * The service area of a capacity plan's year (a field checked against the year before or the
 * beds last reported): its label before the year, "PHV voksne" of "PHV voksne, planlagt 2029".
 */
export function planArea(field: FieldDef): Words | undefined {
  if (field.against === undefined && field.reported === undefined) return undefined;
  const before = (label: string) => label.slice(0, Math.max(0, label.lastIndexOf(","))).trim();
  const area = { nb: before(field.label.nb), en: before(field.label.en) };
  return area.nb === "" || area.en === "" ? undefined : area;
}

function fillField(field: FieldDef): FillField {
  const choices = KINDS[field.kind].choices;
  const aliases = field.kind === "status" ? withArea(field) : field.aliases;
  return {
    id: field.id,
    kind: field.kind,
    labels: field.label,
    ...(aliases === undefined ? {} : { aliases }),
    ...(field.plannedFor === undefined ? {} : { planned: true }),
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
export function areaOf(field: FieldDef): Words | undefined {
  const row = Number(/\d+$/.exec(field.cell.value)?.[0]);
  const sections = TEMPLATES[field.template].sections.filter((section) => section.row < row);
  return sections.at(-1)?.title;
}

/** What the popup calls a figure: a note as "Kommentar: <measure>" / "Forklaring: <figure>", any other by its catalogue label. */
export function shownLabel(figure: { id: string; labels: Words }): Words {
  return findFillField(figure.id)?.shown ?? figure.labels;
}
