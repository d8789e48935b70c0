import type { ContentRequest } from "./content-api";
import type { FormControl } from "./form-control";
import { buildLabelIndex, type LabelIndex } from "./label-index";
import { locateByLocator } from "./locate-by-locator";
import { matchLabels } from "./match-labels";

/**
 * Finds the control of every figure it can: through the profile's locators when a profile is
 * given (a profile is the administrator's word, so label guessing is not mixed in), otherwise by
 * matching the catalogue's Norwegian and English labels. One control never serves two figures.
 */
export function locateFields(doc: Document, request: ContentRequest): Map<string, FormControl> {
  let index: LabelIndex | undefined;
  const labelIndex = () => {
    index ??= buildLabelIndex(doc);
    return index;
  };
  const profile = request.profile;
  if (profile === undefined) {
    const wanted = request.figures.map((figure) => ({
      id: figure.id,
      texts: [figure.labels.nb, figure.labels.en],
    }));
    return matchLabels(wanted, labelIndex(), new Set());
  }
  const located = new Map<string, FormControl>();
  const taken = new Set<FormControl>();
  for (const figure of request.figures) {
    const locator = Object.hasOwn(profile.fields, figure.id) ? profile.fields[figure.id] : undefined;
    if (locator === undefined) continue;
    const control = locateByLocator(figure.id, locator, doc, labelIndex, taken);
    if (control === undefined) continue;
    located.set(figure.id, control);
    taken.add(control);
  }
  return located;
}
