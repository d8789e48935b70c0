import { findField } from "../../shared/templates/catalogue";

/**
 * "total" for a whole the catalogue declares (`parts`, `includes`): a form may call it "…
 * totalt" ("Polikliniske konsultasjoner totalt" is the consultations its parts are of), which
 * its own label does not say (adversary round 5, C20). Nothing for any other field.
 */
export function wholeWords(id: string): string[] {
  const field = findField(id);
  return (field?.parts?.length ?? 0) > 0 || (field?.includes?.length ?? 0) > 0 ? ["total"] : [];
}
