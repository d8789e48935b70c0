import type { ContentRequest } from "../content/content-api";
import { compileMeasures, fieldWords } from "../content/field-words";
import { setFormWords } from "../content/words";
import { withPlanYearNames } from "./plan-year-names";

/**
 * A request with its fields as matching reads them (`ContentRequest.fields`): the words of each
 * figure's and each catalogue field's names, read here once per request with the request's own
 * words, instead of in every frame; the content script does not bundle this (its size budget:
 * docs/extension.md). Sets travel as lists, the measures unfit for a field as their places in
 * `request.measures` (each measure's pattern is compiled once in the frame, not once per kind).
 * A plan's later years are named by their bare year too (plan-year-names.ts).
 */
export function withFields(request: Omit<ContentRequest, "fields">): ContentRequest {
  setFormWords(request.words);
  const measures = compileMeasures(request.measures ?? []);
  const figures = withPlanYearNames(request.figures, request.year);
  const fields = fieldWords(figures, request.catalogue, request.measures, measures).map((field) => ({
    ...field,
    units: [...field.units],
    unfit: field.unfit.map((measure) => measures.indexOf(measure)),
  }));
  return { ...request, fields };
}
