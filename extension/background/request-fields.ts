import type { ContentRequest, FigureToFill } from "../content/content-api";
import { compileMeasures, fieldWords, type MeasureTest } from "../content/field-words";
import { KIND_CONTROLS } from "../content/kind-fits";
import { setFormWords } from "../content/words";
import { withTexts } from "./figure-texts";
import { withPlanYearNames } from "./plan-year-names";
import { isOrdered, withProfileMarks } from "./profile-marks";

/**
 * A request with its fields as matching reads them (`ContentRequest.fields`): the words of each
 * figure's and each catalogue field's names, read here once per request with the request's own
 * words, instead of in every frame; the content script does not bundle this (its size budget:
 * docs/extension.md). Sets travel as lists, the measures unfit for a field as their places in
 * `request.measures` (each measure's pattern is compiled once in the frame, not once per kind).
 * A plan's later years are named by their bare year too (plan-year-names.ts). Each number figure
 * carries its texts in both decimal styles (figure-texts.ts), and the request the controls each
 * kind may go into (`fits`), and what the profile says of each figure's field (profile-marks.ts),
 * for the same budget.
 */
export function withFields(request: Omit<ContentRequest, "fields">): ContentRequest {
  setFormWords(request.words);
  const measures: readonly MeasureTest[] = compileMeasures(request.measures ?? []);
  const named = withPlanYearNames(request.figures, request.year);
  // A field's controls go once per kind, as the request's `fits`.
  const fields = fieldWords(named, request.catalogue, request.measures, measures).map(
    ({ fits: _fits, ...field }) => ({
      ...field,
      units: [...field.units],
      unfit: field.unfit.map((measure) => measures.indexOf(measure)),
    }),
  );
  // After the words: a figure's choices are for choosing an option, not for finding its field.
  const choices = catalogueChoices(request);
  const figures = request.figures.map((item) =>
    withProfileMarks(withTexts(withChoices(item, request, choices)), request.profile),
  );
  // A note's unit words, which alone may name an explanation's box (content/section-explanations.ts).
  const noteWords =
    request.catalogue?.find((field) => field.kind === "note")?.unitWords ?? request.words.comment;
  const ordered = isOrdered(request.profile);
  return { ...request, figures, fields, fits: KIND_CONTROLS, ordered, noteWords: [...noteWords] };
}

/** The catalogue's choices by field id (the first entry of an id, as a search from the start finds it). */
function catalogueChoices(request: Pick<ContentRequest, "catalogue">): Map<string, FigureToFill["choices"]> {
  const choices = new Map<string, FigureToFill["choices"]>();
  for (const field of request.catalogue ?? [])
    if (!choices.has(field.id)) choices.set(field.id, field.choices);
  return choices;
}

/** A status figure takes its choices' words from the catalogue when the worker did not send them. */
function withChoices(
  figure: FigureToFill,
  request: Pick<ContentRequest, "unit">,
  catalogue: ReadonlyMap<string, FigureToFill["choices"]>,
): FigureToFill {
  if (figure.choices !== undefined) return figure;
  const unit = request.unit;
  if (figure.kind === "org" && unit !== undefined && String(figure.value).replace(/\D/g, "") === unit.org) {
    const choices = { [String(figure.value)]: { nb: unit.name, en: unit.name } };
    return { ...figure, choices, ...(unit.names ? { names: unit.names } : {}) };
  }
  const choices = catalogue.get(figure.id);
  return choices === undefined ? figure : { ...figure, choices };
}
