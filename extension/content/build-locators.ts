import type { Locator } from "../profile/form-profile";
import { isStableId } from "../profile/generated-id";
import type { ControlFacts } from "./control-facts";
import { anchorsOf, readsAs, roleOf } from "./locate-locators";
import { countInTree, oncePerPass } from "./reading-pass";

/**
 * The ways a profile can find this control again, most lasting first: what it reads as (its label,
 * or a table cell's header, with the section around it: headings, legends, the other headers), its
 * role and accessible name, its `name`, its `id` (never one a framework numbered, and only when
 * unique), and a CSS path that records what the control read. A control inside a component's shadow
 * root is found through its host: the shadow's own parts (Fluent's `#control`) are never recorded.
 */
export function buildLocators(facts: ControlFacts): Locator[] {
  // The control itself, or the component (shadow host) it is the inside of.
  const anchors = anchorsOf(facts.control.element).slice(0, 2);
  const own = anchors.at(-1) as Element;
  const { label, section } = readsAs(facts);
  // A profile keeps texts of at most 500 characters; a longer section is left out, not cut.
  const joined = section.join(" › ");
  const within = joined.length <= 500 ? joined : "";
  const locators: Locator[] = [];
  if (label !== "" && label.length <= 500)
    locators.push({ kind: "label", label, ...(within ? { section: within } : {}) });
  const role = roleOf(facts.control.element);
  if (role !== "" && facts.name !== "" && facts.name.length <= 500)
    locators.push({ kind: "role", role, name: facts.name });
  const named = anchors.find((element) => element.hasAttribute("name"));
  const name = named?.getAttribute("name");
  if (named && name && countInTree(treeOf(named), "name", name) === (facts.control.radios?.length ?? 1)) {
    locators.push({ kind: "name", name });
  }
  const tree = treeOf(own);
  if (own.id && tree === own.ownerDocument && isStableId(own.id) && countInTree(tree, "id", own.id) === 1) {
    locators.push({ kind: "id", id: own.id });
  }
  locators.push({ kind: "css", path: cssPath(own), label: label.slice(0, 500), section: within });
  return locators;
}

/** The element's own tree (the document, or its shadow root). */
function treeOf(element: Element): Document | ShadowRoot {
  return element.getRootNode() as Document | ShadowRoot;
}

/**
 * A CSS path down to the element from the nearest stable, unique id of the document (or its root):
 * each step the tag and its `:nth-of-type` among its own parent's children, which is what that
 * selector counts; ` >>> ` steps from a shadow host into its shadow root.
 */
export function cssPath(element: Element): string {
  const segments: string[] = [];
  let steps: string[] = [];
  for (let at: Element | null = element; at !== null; ) {
    const root = at.getRootNode() as Document | ShadowRoot;
    if (root === at.ownerDocument && at.id && isStableId(at.id) && countInTree(root, "id", at.id) === 1) {
      steps.unshift(`#${CSS.escape(at.id)}`);
      break;
    }
    const parent: ParentNode | null = at.parentElement ?? (root instanceof ShadowRoot ? root : null);
    if (parent === null) {
      steps.unshift(at.localName);
      break;
    }
    const place = oncePerPass(placesByType, parent).get(at) ?? { index: 0, count: 1 };
    steps.unshift(place.count > 1 ? `${at.localName}:nth-of-type(${place.index + 1})` : at.localName);
    if (parent instanceof ShadowRoot) {
      segments.unshift(steps.join(" > "));
      steps = [];
      at = parent.host;
    } else at = at.parentElement;
  }
  segments.unshift(steps.join(" > "));
  return segments.join(" >>> ");
}

/**
 * Each child's index among its parent's children of the same tag, and how many there are: read
 * once per pass for a parent (a table's 200 rows share one, and each row's path steps through it).
 */
function placesByType(parent: ParentNode): Map<Element, { index: number; count: number }> {
  const counts = new Map<string, number>();
  const places = new Map<Element, { index: number; count: number }>();
  for (const child of parent.children) {
    const index = counts.get(child.localName) ?? 0;
    counts.set(child.localName, index + 1);
    places.set(child, { index, count: 0 });
  }
  for (const [child, place] of places) place.count = counts.get(child.localName) ?? 1;
  return places;
}
