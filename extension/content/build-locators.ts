import type { Locator } from "../profile/form-profile";
import { isGeneratedId } from "../profile/generated-id";
import type { ControlFacts } from "./control-facts";
import { roleOf } from "./locate-locators";
import { countInTree } from "./reading-pass";

/**
 * The ways a profile can find this control again, most lasting first: its label with its section
 * (what a person reads), its `name`, its `id` (never one a UI library generated, and only when
 * unique), its role and accessible name, and a CSS path. Each is kept only when it finds this
 * control alone today.
 */
export function buildLocators(facts: ControlFacts): Locator[] {
  const element = facts.control.element;
  const locators: Locator[] = [];
  const section = facts.context.find(
    (context) => context.kind !== "outer" && context.text !== facts.name,
  )?.text;
  if (facts.name !== "") locators.push({ kind: "label", label: facts.name, ...(section ? { section } : {}) });
  const name = element.getAttribute("name");
  if (name && countInTree(treeOf(element), "name", name) === (facts.control.radios?.length ?? 1)) {
    locators.push({ kind: "name", name });
  }
  if (element.id && !isGeneratedId(element.id) && countInTree(treeOf(element), "id", element.id) === 1) {
    locators.push({ kind: "id", id: element.id });
  }
  const role = roleOf(element);
  if (role !== "" && facts.name !== "") locators.push({ kind: "role", role, name: facts.name });
  locators.push({ kind: "css", path: cssPath(element) });
  return locators;
}

/** The element's own tree (the document, or its shadow root). */
function treeOf(element: Element): Document | ShadowRoot {
  return element.getRootNode() as Document | ShadowRoot;
}

/**
 * A CSS path from the nearest stable, unique id (or the root) down to the element: each step the
 * tag and its `:nth-of-type` among its own parent's children, which is what that selector counts.
 */
export function cssPath(element: Element): string {
  const steps: string[] = [];
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    if (at.id && !isGeneratedId(at.id) && countInTree(at.ownerDocument, "id", at.id) <= 1) {
      steps.unshift(`#${CSS.escape(at.id)}`);
      return steps.join(" > ");
    }
    const parent = at.parentElement;
    if (parent === null) {
      steps.unshift(at.localName);
      break;
    }
    const same = [...parent.children].filter((child) => child.localName === at?.localName);
    steps.unshift(same.length > 1 ? `${at.localName}:nth-of-type(${same.indexOf(at) + 1})` : at.localName);
  }
  return steps.join(" > ");
}
