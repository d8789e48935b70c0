import { frameBehindModal, openModal, outOfReach } from "./out-of-reach";
import { CONTROL_SELECTOR, type PageControl, toPageControl } from "./page-control";
import { oncePerPass } from "./reading-pass";

/** A document, or the open shadow root of one of its elements. */
export type SearchRoot = Document | ShadowRoot;

/**
 * Every control of a document in document order, including those inside open shadow roots
 * (Fluent UI web components keep their `<input>` there; closed roots cannot be reached and are
 * not). Radios that share a name form one control. Controls out of a user's reach as the page
 * stands (a search box, behind a modal dialog: out-of-reach.ts) are not the form's.
 */
export function collectControls(doc: Document): PageControl[] {
  const controls: PageControl[] = [];
  if (frameBehindModal(doc)) return controls;
  const groups = new Map<Node, Map<string, PageControl>>();
  const modal = openModal(doc);
  for (const element of allElements(doc, CONTROL_SELECTOR)) {
    if (outOfReach(element, modal)) continue;
    const control = toPageControl(element);
    if (control === undefined) continue;
    if (control.type === "radio" && control.element instanceof HTMLInputElement) {
      const radio = control.element;
      const scope: Node = radio.form ?? radio.getRootNode();
      const named = groups.get(scope) ?? new Map<string, PageControl>();
      groups.set(scope, named);
      const group = radio.name === "" ? undefined : named.get(radio.name);
      if (group !== undefined) {
        group.radios?.push(radio);
        continue;
      }
      if (radio.name !== "") named.set(radio.name, control);
    }
    controls.push(control);
  }
  return controls;
}

/** Elements matching a selector in a root and every open shadow root below it, in tree order. */
export function allElements(root: SearchRoot, selector: string): Element[] {
  const found: Element[] = [];
  visit(root, selector, found);
  return found;
}

function visit(root: SearchRoot, selector: string, found: Element[]): void {
  const hosts = oncePerPass(shadowHosts, root);
  const matches = [...root.querySelectorAll(selector)];
  if (hosts.length === 0) {
    found.push(...matches);
    return;
  }
  // Merge the root's own matches with each host's shadow matches in tree order.
  let next = 0;
  for (const host of hosts) {
    while (next < matches.length && precedes(matches[next] as Element, host))
      found.push(matches[next++] as Element);
    visit(host.shadowRoot as ShadowRoot, selector, found);
  }
  while (next < matches.length) found.push(matches[next++] as Element);
}

/**
 * Whether an element holds a control inside a component's open shadow root (its own or a
 * descendant's): a Fluent `<fluent-text-input>` keeps its `<input>` there, out of querySelector's reach.
 */
export function holdsShadowControl(element: Element): boolean {
  return oncePerPass(shadowHosts, element.getRootNode() as SearchRoot).some(
    (host) => host.shadowRoot?.querySelector(CONTROL_SELECTOR) && element.contains(host),
  );
}

/**
 * The elements of a root with an open shadow root, in tree order: finding them looks at every
 * element of the page, so a reading pass does it once per root for all its searches (controls,
 * headings, locators) instead of once per search.
 */
function shadowHosts(root: SearchRoot): Element[] {
  return [...root.querySelectorAll("*")].filter((element) => element.shadowRoot !== null);
}

/** Whether `a` is `b` or comes before it in tree order. */
export function precedes(a: Element, b: Element): boolean {
  return a === b || (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
