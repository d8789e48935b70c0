import type { FormProfile } from "../profile/form-profile";
import { buildLocators } from "./build-locators";
import type { FieldInfo, ProfileTest } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { findByLocator, locateField } from "./locate-locators";
import { fieldInfo } from "./plan-field";

/**
 * "Test this profile on this page": for every field, what each of its locators finds (one
 * control, none, several, or a path that does not parse), and what a fill would do with them
 * (content/locate-locators.ts: found, not found, or unclear with the reason) — nothing is written.
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
        ? { locator, finds: found.finds, field: located(found.facts) }
        : { locator, finds: found.finds };
    });
    const found = locateField(doc, field.locators, controls);
    if (found.facts !== undefined) {
      const unverified = found.unverified ? { problem: "position_unverified" as const } : {};
      return { id, probes, outcome: "found" as const, field: located(found.facts), ...unverified };
    }
    const outcome = found.candidates?.length ? ("ambiguous" as const) : ("not_found" as const);
    return { id, probes, outcome, ...(found.problem ? { problem: found.problem } : {}) };
  });
  return { frameUrl: doc.URL, fields };
}

/** A control found, as the popup shows it, with how a profile finds it again. */
function located(facts: ControlFacts): FieldInfo {
  return { ...fieldInfo({ facts, score: 1 }), locators: buildLocators(facts) };
}
