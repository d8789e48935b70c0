import type { Aliases, Words } from "../../shared/templates/field";
import type { ContentRequest, FieldNames, FigureKind, FigureToFill, MeasureWords } from "./content-api";
import { KIND_CONTROLS } from "./kind-fits";
import type { ControlType } from "./page-control";
import { wordsOf } from "./words";

/** A catalogue field (or a note for one) as matching sees it: the word sets that may name it. */
export interface FieldWords {
  id: string;
  kind: FigureKind;
  /** Each label and alias (nb and en) as its words, then the names spelled the other way. */
  alternatives: string[][];
  /** How many of `alternatives` are the catalogue's own labels and aliases (the rest are spelled). */
  core: number;
  /** A figure of the request (true) or a catalogue field only competing for controls (false). */
  wanted: boolean;
  /**
   * Words a control's name or context may add without naming anything else: the kind's unit words,
   * for a status the words of its choices ("Ikke startet" heading a radio's column), and the words
   * of the field's other names ("Psykisk helsevern for barn og unge" over "PHBU, i alt" says the
   * field's own name spelled out, not another field's).
   */
  units: ReadonlySet<string>;
  /**
   * The measures a place may state that this field's kind is not ("per 10 000 innbyggere" for
   * beds), each compiled once per request for every field: one pattern per kind joined from them
   * compiled the same words eight times (docs/extension.md, the 200-field fill's profile).
   */
  unfit: MeasureTest[];
  /** The controls its kind may go into (kind-fits.ts, `KIND_CONTROLS`). */
  fits: readonly ControlType[];
  /**
   * Fields named exactly alike (the unit's org. no. in two templates) share this number, the place
   * of the first of them: one field, counted once, never each other's rival. Unset for the others.
   */
  twin?: number;
}

/** What matching asks of a measure's pattern: whether a control's texts state it. */
export type MeasureTest = Pick<RegExp, "test">;

/**
 * The words a control's name or context may add to a field's own: its kind's unit words (the
 * worker sends them with the catalogue, `FieldNames.unitWords`: background/unit-words.ts), its
 * other names' words and its choices' words.
 */
function unitsOf(
  unitWords: readonly string[] | undefined,
  choices: Record<string, Words> | undefined,
  alternatives: readonly string[][],
): ReadonlySet<string> {
  const words = new Set([...(unitWords ?? []), ...alternatives.flat()]);
  for (const choice of Object.values(choices ?? {}))
    for (const word of [...wordsOf(choice.nb), ...wordsOf(choice.en)]) words.add(word);
  return words;
}

/**
 * A field's names as word lists, each set of words once: its labels and aliases first (`core` of
 * them), then the spelled names that add a set of words of their own. One pass for both: the
 * catalogue's 700 names are read on every request, in every frame.
 */
function alternativesOf(
  labels: Words,
  aliases?: Aliases,
  spelled?: Aliases,
): { alternatives: string[][]; core: number } {
  const names = (more?: Aliases) => [...(more?.nb ?? []), ...(more?.en ?? [])];
  const own = [labels.nb, labels.en, ...names(aliases)];
  const seen = new Set<string>();
  const alternatives: string[][] = [];
  let core = 0;
  for (const [index, text] of [...own, ...names(spelled)].entries()) {
    const words = wordsOf(text);
    const key = words.length === 1 ? (words[0] as string) : [...words].sort().join(" ");
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    alternatives.push(words);
    if (index < own.length) core++;
  }
  return { alternatives, core };
}

/** The request's figures plus every other catalogue field, which competes for controls but is never filled. */
export function fieldWords(
  figures: readonly FigureToFill[],
  catalogue: readonly FieldNames[] = [],
  measures: readonly MeasureWords[] = [],
  compiled: readonly MeasureTest[] = compileMeasures(measures),
): FieldWords[] {
  // A plan's figure may go where a budget or forecast is said (MeasureWords `reported`).
  const unfitFor = (kind: FigureKind, planned = false) =>
    compiled.filter((_, index) => {
      const measure = measures[index];
      return measure?.unfit.includes(kind) === true && !(planned && measure.reported);
    });
  const named = new Map(catalogue.map((field) => [field.id, field]));
  // A figure without a catalogue entry of its own takes the unit words of its kind's entries.
  const kindUnits = new Map(catalogue.map((field) => [field.kind, field.unitWords]));
  const wanted = figures.map((figure) => {
    const names = named.get(figure.id);
    const aliases = figure.aliases ?? names?.aliases;
    const { alternatives, core } = alternativesOf(figure.labels, aliases, names?.spelled);
    const choices = figure.choices ?? names?.choices;
    return {
      id: figure.id,
      kind: figure.kind,
      alternatives,
      core,
      wanted: true,
      units: unitsOf(names?.unitWords ?? kindUnits.get(figure.kind), choices, alternatives),
      unfit: unfitFor(figure.kind, names?.planned),
      fits: KIND_CONTROLS[figure.kind] ?? [],
    };
  });
  const ids = new Set(figures.map((figure) => figure.id));
  const others = catalogue
    .filter((field) => !ids.has(field.id))
    .map((field) => {
      const { alternatives, core } = alternativesOf(field.labels, field.aliases, field.spelled);
      return {
        id: field.id,
        kind: field.kind,
        alternatives,
        core,
        wanted: false,
        units: unitsOf(field.unitWords, field.choices, alternatives),
        unfit: unfitFor(field.kind, field.planned),
        fits: KIND_CONTROLS[field.kind] ?? [],
      };
    });
  return withTwins([...wanted, ...others]);
}

/**
 * The fields with their twins marked (`FieldWords.twin`): two fields of one kind whose names are
 * the same words are one field (the unit's org. no. in two templates). Marked here, before the
 * request is sent, so the content script does not compare every rival's names (its size budget).
 */
function withTwins(fields: FieldWords[]): FieldWords[] {
  const key = (field: FieldWords) =>
    `${field.kind}|${field.alternatives
      .map((list) => [...list].sort().join(" "))
      .sort()
      .join("|")}`;
  const first = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const [index, field] of fields.entries()) {
    const known = key(field);
    if (!first.has(known)) first.set(known, index);
    counts.set(known, (counts.get(known) ?? 0) + 1);
  }
  return fields.map((field) => {
    const known = key(field);
    return (counts.get(known) ?? 0) > 1 ? { ...field, twin: first.get(known) as number } : field;
  });
}

/** Each measure's words as a pattern, in the order sent (a field names its unfit measures by place). */
export function compileMeasures(measures: readonly MeasureWords[]): RegExp[] {
  return measures.map((measure) => new RegExp(measure.says, "iu"));
}

/**
 * The request's fields as matching reads them: the worker computed their words with `fieldWords`
 * (background/request-fields.ts); without them no label can be matched, so the request is refused.
 */
export function requestFieldWords(request: ContentRequest): FieldWords[] {
  const { fits } = request;
  if (!Array.isArray(request.fields) || typeof fits !== "object") throw new Error("fields_missing");
  const measures = request.measures?.map(measureTest);
  return request.fields.map((field) => ({
    ...field,
    units: new Set(field.units),
    // The worker's table of the controls each kind may go into (kind-fits.ts).
    fits: fits[field.kind] ?? [],
    // The worker's places in the request's own measures: one that is not there fails the request
    // (no figure is matched without a measure that would keep it out).
    unfit: field.unfit.map((index) => measures?.[index] as MeasureTest),
  }));
}

/**
 * A measure's pattern for one request, compiled whole only once a text could match it: its
 * letter boundaries (`(?<!\p{L})`, `(?!\p{L})`) were most of a fill's cost of compiling the
 * measures, on every page, as case-insensitive Unicode matching closes `\p{L}` over case (13
 * patterns for every bed field: docs/extension.md, fill200Ms). The worker sends the pattern
 * without them (`MeasureWords.loose`), which matches every text the whole one matches: a text it
 * does not match is not stated, and only one it does match is tested whole, with the same answer.
 */
function measureTest({ says, loose: without }: MeasureWords): MeasureTest {
  // A request without it (from an older worker) makes it match every text: each is tested whole.
  const loose = new RegExp(without as string, "iu");
  let whole: RegExp | undefined;
  return {
    test(text) {
      if (!loose.test(text)) return false;
      whole ??= new RegExp(says, "iu");
      return whole.test(text);
    },
  };
}

/** A kind's words; `core` holds those of the catalogue's own names (not the spelled-out ones). */
export type Vocabulary = ReadonlySet<string> & { core?: ReadonlySet<string> };

/**
 * Per kind, every word a catalogue field of that kind is named by: a context word among these names
 * a sibling field ("DPS" over "Herav midlertidig stengt" is another bed field's word), while a word
 * of another kind's fields ("Døgnplasser" over the reporting year) does not. A word only of the
 * spelled-out names ("psykisk", "helsevern") rules a control out from nearby as any does, but costs
 * no more than an unknown word further out: a page's title "Døgnplasser i psykisk helsevern og TSB"
 * names no field.
 */
export function vocabulary(fields: readonly FieldWords[]): ReadonlyMap<FigureKind, Vocabulary> {
  const byKind = new Map<FigureKind, Set<string> & { core: Set<string> }>();
  for (const field of fields) {
    const words = byKind.get(field.kind) ?? Object.assign(new Set<string>(), { core: new Set<string>() });
    byKind.set(field.kind, words);
    field.alternatives.forEach((list, index) => {
      for (const word of list) {
        if (word === "total") continue;
        words.add(word);
        if (index < field.core) words.core.add(word);
      }
    });
  }
  return byKind;
}
