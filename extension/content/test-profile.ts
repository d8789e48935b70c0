import type { FormProfile } from "../profile/form-profile";
import type { ProfileTest } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { findByLocator } from "./locate-locators";
import { fieldInfo } from "./plan-field";

/**
 * "Test this profile on this page": for every field, what each of its locators finds (one
 * control, none, several, or a path that does not parse), and whether the field as a whole is
 * found (its first locator that finds exactly one control wins) — nothing is written.
 */
export function testProfile(
  doc: Document,
  profile: FormProfile,
  controls: readonly ControlFacts[],
): ProfileTest {
  const fields = Object.entries(profile.fields).map(([id, field]) => {
    const probes = field.locators.map((locator) => {
      const found = findByLocator(doc, locator, controls);
      return found.finds === "one"
        ? { locator, finds: found.finds, field: fieldInfo(found.facts, 1) }
        : { locator, finds: found.finds };
    });
    const outcome = probes.some((probe) => probe.finds === "one")
      ? ("found" as const)
      : probes.some((probe) => probe.finds === "several")
        ? ("ambiguous" as const)
        : ("not_found" as const);
    return { id, probes, outcome };
  });
  return { frameUrl: doc.URL, fields };
}
