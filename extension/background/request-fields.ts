import type { ContentRequest } from "../content/content-api";
import { fieldWords } from "../content/field-words";
import { setFormWords } from "../content/words";

/**
 * A request with its fields as matching reads them (`ContentRequest.fields`): the words of each
 * figure's and each catalogue field's names, read here once per request with the request's own
 * words, instead of in every frame; the content script does not bundle this (its size budget:
 * docs/extension.md). Sets travel as lists, a unit of measure's pattern as its source.
 */
export function withFields(request: Omit<ContentRequest, "fields">): ContentRequest {
  setFormWords(request.words);
  const fields = fieldWords(request.figures, request.catalogue, request.measures).map((field) => ({
    ...field,
    units: [...field.units],
    unfit: field.unfit?.source,
  }));
  return { ...request, fields };
}
