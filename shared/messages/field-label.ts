import { findField } from "../templates/catalogue";
import type { Lang } from "./lang";

/** A field's label in one language, or its id when it is not in the catalogue. */
export function fieldLabel(fieldId: string, lang: Lang): string {
  return findField(fieldId)?.label[lang] ?? fieldId;
}
