import { getRole } from "dom-accessibility-api";
import type { Locator } from "../profile/form-profile";
import { textsOf, yearsOf } from "../profile/report-year";
import { allElements } from "./collect-controls";
import type { LocatorProblem } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { normalizeLabel } from "./normalize-label";
import { saysLastYear, saysPlanned, yearsIn } from "./words";

/** What one locator finds among the page's controls. */
export type LocatorFind =
  | { finds: "one"; facts: ControlFacts }
  | { finds: "none" }
  | { finds: "several"; facts: ControlFacts[] }
  | { finds: "invalid" };

/**
 * The controls a locator names, across open shadow roots: what a control reads as (readsAs: its
 * label, and the section when the locator gives one), an ARIA role with its name, a `name`, an
 * `id`, a CSS path. An id, name or path may name the control or the component (shadow host) it is
 * inside. Outside data: a path that does not parse is `invalid`, never a crash.
 */
export function findByLocator(
  doc: Document,
  locator: Locator,
  controls: readonly ControlFacts[],
): LocatorFind {
  let test: (facts: ControlFacts) => boolean;
  switch (locator.kind) {
    case "label":
      test = (facts) => readsLike(facts, locator.label, locator.section);
      break;
    case "role":
      test = (facts) => roleOf(facts.control.element) === locator.role && same(facts.name, locator.name);
      break;
    case "name":
      test = (facts) => hasElement(facts, (element) => element.getAttribute("name") === locator.name);
      break;
    case "id":
      test = (facts) => hasElement(facts, (element) => element.id === locator.id);
      break;
    case "css": {
      const matched = safeSelect(doc, locator.path);
      if (matched === undefined) return { finds: "invalid" };
      test = (facts) => hasElement(facts, (element) => matched.has(element));
    }
  }
  const found = controls.filter(test);
  if (found.length === 1) return { finds: "one", facts: found[0] as ControlFacts };
  return found.length === 0 ? { finds: "none" } : { finds: "several", facts: found };
}

/** Where a profile field's locators lead: one control, or why none is taken and which were seen. */
export interface FieldFind {
  facts?: ControlFacts;
  /** Found only by a path that counts places and recorded nothing: the caller checks it. */
  unverified?: true;
  /** When no control is taken: the controls the locators saw. */
  candidates?: ControlFacts[];
  problem?: LocatorProblem;
}

/**
 * A field found by its locators. Label, role, name, id and a CSS path that counts no places say what
 * a field is: the control that one of them finds alone is taken, and two that find different
 * controls are refused with both named. A path that counts places says only where a field was, so
 * the control it finds is taken only when it still reads as the path recorded (or is one of those a
 * locator found several of); such a path that recorded nothing (a profile made before) is taken
 * `unverified`, for the caller to check.
 */
export function locateField(
  doc: Document,
  locators: readonly Locator[],
  controls: readonly ControlFacts[],
): FieldFind {
  const found = followLocators(doc, locators, controls);
  const problem = found.facts && wrongPlace(found.facts, locators);
  return problem ? { candidates: [found.facts as ControlFacts], problem } : found;
}

/**
 * Why a control the locators found is not the package's, as matching by labels would keep it out:
 * a place named for another unit (section_other_unit), or for another year (its section, header,
 * card or help: section_other_year) that the locators' own texts do not name. A profile may point
 * into a year it states ("Til sammenligning: 2024" in its section), never into one it does not
 * (adversary round 4, B20: an id or CSS path into last year's section).
 */
function wrongPlace(facts: ControlFacts, locators: readonly Locator[]): LocatorProblem | undefined {
  if (facts.otherUnit) return "section_other_unit";
  // A plan's column or section ("Planlagt 2029") is the plan's field's, whatever year it names.
  if (!facts.otherYear || facts.context.some((text) => saysPlanned(text.text))) return undefined;
  const years = yearsOf(locators);
  // Words such as "i fjor" or a card's title name no one year: the locators state it when they say
  // last year too, or name a year the texts around the control name.
  const around = facts.context.flatMap((text) => yearsIn(text.text));
  const stated =
    facts.otherYears.length > 0
      ? facts.otherYears.every((year) => years.has(year))
      : saysLastYear(locators.flatMap(textsOf).join(" ")) || around.some((year) => years.has(year));
  return stated ? undefined : "section_other_year";
}

function followLocators(
  doc: Document,
  locators: readonly Locator[],
  controls: readonly ControlFacts[],
): FieldFind {
  const sure = new Set<ControlFacts>();
  const several = new Set<ControlFacts>();
  let placed: { path: Locator & { kind: "css" }; facts: ControlFacts } | undefined;
  for (const locator of locators) {
    const found = findByLocator(doc, locator, controls);
    if (found.finds === "several") for (const facts of found.facts) several.add(facts);
    if (found.finds !== "one") continue;
    if (locator.kind !== "css" || !countsPlaces(locator)) sure.add(found.facts);
    else placed ??= { path: locator, facts: found.facts };
  }
  if (sure.size > 1) return { candidates: [...sure], problem: "locators_disagree" };
  const [first] = sure;
  if (first) return { facts: first };
  if (!placed) return { candidates: [...several] };
  const { path, facts } = placed;
  if (several.has(facts) || (path.label !== undefined && readsLike(facts, path.label, path.section)))
    return { facts };
  if (path.label === undefined) return { facts, unverified: true };
  return { candidates: [facts, ...several], problem: "position_changed" };
}

/**
 * Whether a CSS path says where a field is rather than what it is: one made by pointing, or one with
 * a pseudo-class (`:nth-of-type`, `:first-child` count places). An administrator's
 * `#tabell input[data-felt=x]` names the field as an id does.
 */
function countsPlaces(path: Locator & { kind: "css" }): boolean {
  return path.label !== undefined || path.path.includes(":");
}

/**
 * What a profile calls a control: its accessible name and the texts around it that place it
 * (row and column headers, legends, the nearest heading, tab and region), or, for a control
 * without a name (an input in a table cell), its nearest header and the rest.
 */
export function readsAs(facts: ControlFacts): { label: string; section: string[] } {
  const near = facts.context
    .filter((text) => text.kind !== "outer" && text.text !== facts.name)
    .map((text) => text.text);
  return facts.name !== ""
    ? { label: facts.name, section: near }
    : { label: near[0] ?? "", section: near.slice(1) };
}

/** Reads as that label, with every part of the section (`a › b`) among the texts around it. */
function readsLike(facts: ControlFacts, label: string, section: string | undefined): boolean {
  if (!same(readsAs(facts).label, label)) return false;
  const around = new Set(facts.context.map((text) => normalizeLabel(text.text)));
  return (section ?? "")
    .split("›")
    .map(normalizeLabel)
    .every((part) => part === "" || around.has(part));
}

/** The element, then each shadow host it is inside, nearest first. */
export function anchorsOf(element: Element): Element[] {
  const anchors = [element];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode())
    anchors.push(root.host);
  return anchors;
}

/** The role a screen reader announces, explicit or implicit (textbox, combobox, spinbutton …). */
export function roleOf(element: Element): string {
  return getRole(element) ?? "";
}

function hasElement(facts: ControlFacts, test: (element: Element) => boolean): boolean {
  return anchorsOf(facts.control.element).some(test) || (facts.control.radios ?? []).some(test);
}

function same(a: string, b: string): boolean {
  return normalizeLabel(a) === normalizeLabel(b);
}

/** The elements a path names: each ` >>> ` step is looked for in the shadow roots of the last. */
function safeSelect(doc: Document, path: string): Set<Element> | undefined {
  const [first = "", ...inner] = path.split(">>>");
  try {
    // A path that does not parse throws here: `invalid`.
    let found = inner.length === 0 ? allElements(doc, first) : [...doc.querySelectorAll(first)];
    for (const step of inner) {
      found = found.flatMap((host) => (host.shadowRoot ? [...host.shadowRoot.querySelectorAll(step)] : []));
    }
    return new Set(found);
  } catch {
    return undefined;
  }
}
