import type { Locator, ProfileField } from "../profile/form-profile";
import { type FormControl, isFormControl } from "./form-control";
import type { LabelIndex } from "./label-index";
import { matchLabels } from "./match-labels";

/**
 * The control a profile field names: its locators are tried in order, and the first that finds a
 * fillable control not already taken wins; undefined when none does.
 */
export function locateByLocator(
  id: string,
  field: ProfileField,
  doc: Document,
  index: () => LabelIndex,
  taken: ReadonlySet<FormControl>,
): FormControl | undefined {
  for (const locator of field.locators) {
    const element = findElement(id, locator, doc, index, taken);
    if (element !== undefined && isFormControl(element) && !taken.has(element)) return element;
  }
  return undefined;
}

function findElement(
  id: string,
  locator: Locator,
  doc: Document,
  index: () => LabelIndex,
  taken: ReadonlySet<FormControl>,
): Element | undefined {
  switch (locator.kind) {
    case "css":
      return safeQuery(doc, locator.path);
    case "id":
      return doc.getElementById(locator.id) ?? undefined;
    case "name":
      return safeQuery(doc, `[name="${cssString(locator.name)}"]`);
    case "label":
      return matchLabels([{ id, texts: [locator.label] }], index(), taken).get(id);
    case "role":
      return undefined;
  }
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
