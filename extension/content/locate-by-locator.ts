import type { FieldLocator } from "../profile/form-profile";
import { type FormControl, isFormControl } from "./form-control";
import type { LabelIndex } from "./label-index";
import { matchLabels } from "./match-labels";

/**
 * The control a profile's locator names (the first of selector, elementId, name, label that is
 * set wins), or undefined when it is absent, is not a fillable control, or is already taken.
 */
export function locateByLocator(
  id: string,
  locator: FieldLocator,
  doc: Document,
  index: () => LabelIndex,
  taken: ReadonlySet<FormControl>,
): FormControl | undefined {
  const element = findElement(id, locator, doc, index, taken);
  if (element === undefined || !isFormControl(element) || taken.has(element)) return undefined;
  return element;
}

function findElement(
  id: string,
  locator: FieldLocator,
  doc: Document,
  index: () => LabelIndex,
  taken: ReadonlySet<FormControl>,
): Element | undefined {
  if (locator.selector !== undefined) return safeQuery(doc, locator.selector);
  if (locator.elementId !== undefined) return doc.getElementById(locator.elementId) ?? undefined;
  if (locator.name !== undefined) return safeQuery(doc, `[name="${cssString(locator.name)}"]`);
  if (locator.label !== undefined)
    return matchLabels([{ id, texts: [locator.label] }], index(), taken).get(id);
  return undefined;
}

/** A profile's selector is outside data: a syntax error means "not found", never a crash. */
function safeQuery(doc: Document, selector: string): Element | undefined {
  try {
    return doc.querySelector(selector) ?? undefined;
  } catch {
    return undefined;
  }
}

function cssString(text: string): string {
  return text.replace(/["\\]/g, "\\$&").replace(/\n/g, "\\a ");
}
