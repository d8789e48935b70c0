import { getRole } from "dom-accessibility-api";
import type { Locator } from "../profile/form-profile";
import { allElements } from "./collect-controls";
import type { ControlFacts } from "./control-facts";
import { normalizeLabel } from "./normalize-label";

/** What one locator finds among the page's controls. */
export type LocatorFind =
  | { finds: "one"; facts: ControlFacts }
  | { finds: "none" }
  | { finds: "several"; facts: ControlFacts[] }
  | { finds: "invalid" };

/**
 * The controls a locator names, across open shadow roots: a label (the accessible name, and the
 * section when the locator gives one), a `name`, an `id`, an ARIA role with its name, a CSS path
 * (run in the document and in every open shadow root). Outside data: a path that does not parse is
 * `invalid`, never a crash.
 */
export function findByLocator(
  doc: Document,
  locator: Locator,
  controls: readonly ControlFacts[],
): LocatorFind {
  let found: ControlFacts[];
  switch (locator.kind) {
    case "label":
      found = controls.filter(
        (facts) => sameText(facts.name, locator.label) && inSection(facts, locator.section),
      );
      break;
    case "role":
      found = controls.filter(
        (facts) => roleOf(facts.control.element) === locator.role && sameText(facts.name, locator.name),
      );
      break;
    case "name":
      found = controls.filter((facts) =>
        hasElement(facts, (element) => element.getAttribute("name") === locator.name),
      );
      break;
    case "id":
      found = controls.filter((facts) => hasElement(facts, (element) => element.id === locator.id));
      break;
    case "css": {
      const matched = safeSelect(doc, locator.path);
      if (matched === undefined) return { finds: "invalid" };
      found = controls.filter((facts) => hasElement(facts, (element) => matched.has(element)));
      break;
    }
  }
  if (found.length === 1) return { finds: "one", facts: found[0] as ControlFacts };
  return found.length === 0 ? { finds: "none" } : { finds: "several", facts: found };
}

/** The first locator that finds exactly one control wins; none or several are reported as such. */
export function locateFirst(
  doc: Document,
  locators: readonly Locator[],
  controls: readonly ControlFacts[],
): { facts?: ControlFacts; several: boolean } {
  let several = false;
  for (const locator of locators) {
    const found = findByLocator(doc, locator, controls);
    if (found.finds === "one") return { facts: found.facts, several: false };
    if (found.finds === "several") several = true;
  }
  return { several };
}

/** The role a screen reader announces, explicit or implicit (textbox, combobox, spinbutton …). */
export function roleOf(element: Element): string {
  return getRole(element) ?? "";
}

function hasElement(facts: ControlFacts, test: (element: Element) => boolean): boolean {
  return test(facts.control.element) || (facts.control.radios ?? []).some(test);
}

function inSection(facts: ControlFacts, section: string | undefined): boolean {
  if (section === undefined || section === "") return true;
  const wanted = section
    .split("›")
    .map(normalizeLabel)
    .filter((part) => part !== "");
  const around = new Set(facts.context.map((context) => normalizeLabel(context.text)));
  return wanted.every((part) => around.has(part));
}

function sameText(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

function safeSelect(doc: Document, path: string): Set<Element> | undefined {
  try {
    doc.querySelector(path);
  } catch {
    return undefined;
  }
  return new Set(allElements(doc, path));
}
