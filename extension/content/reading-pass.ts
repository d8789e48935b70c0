/** The computed style an element's visibility check needs, read once. */
export interface StyleFacts {
  opacity: number;
  overflow: string;
  clipPath: string;
  clip: string;
  position: string;
}

/**
 * What one pass has read already, by reader and object read: each element's style, each tree's
 * labels and its id and name counts, whatever else a reader keeps ("the page's decimals").
 */
let cache: Map<unknown, Map<object, unknown>> | undefined;

/**
 * Runs `read` with what it reads of the page kept for the rest of it: each element's computed
 * style, each tree's labels and its ids and names, each read once instead of once per control
 * (200 controls share their table, form and body; `element.labels` scans the whole tree each
 * time). Only for code that writes nothing and runs no page code in between, so nothing read can
 * change while it runs; nested calls share the outer cache, which is gone when the outermost
 * returns.
 */
export function readingPass<T>(read: () => T): T {
  if (cache !== undefined) return read();
  cache = new Map();
  try {
    return read();
  } finally {
    cache = undefined;
  }
}

/** `read(of)` once per pass (each call outside a pass): for facts of a whole page or tree. */
export function oncePerPass<K extends object, T>(read: (of: K) => T, of: K): T {
  if (cache === undefined) return read(of);
  // Plain maps: the whole cache goes when the pass ends, and a hit costs one look-up.
  let kept = cache.get(read);
  if (kept === undefined) {
    kept = new Map<object, unknown>();
    cache.set(read, kept);
  }
  const known = kept.get(of);
  if (known !== undefined || kept.has(of)) return known as T;
  const value = read(of);
  kept.set(of, value);
  return value;
}

/** An element's computed style facts (read once per pass). */
export function styleFacts(element: Element): StyleFacts {
  return oncePerPass(readStyle, element);
}

function readStyle(element: Element): StyleFacts {
  const style = (element.ownerDocument.defaultView as Window).getComputedStyle(element);
  return {
    // `filter: opacity(0)` hides as `opacity: 0` does (adversary round 6, D11).
    opacity: (Number(style.opacity) || 0) * filterOpacity(style.filter),
    overflow: style.overflow,
    clipPath: style.clipPath,
    clip: style.clip,
    position: style.position,
  };
}

/** The product of a computed `filter`'s opacity() functions ("opacity(0)", "opacity(0.5)"). */
function filterOpacity(filter: string): number {
  let opacity = 1;
  // Nearly every element's filter is "none": `matchAll` copies its pattern on each call, and the
  // boxes' ancestors (700 for 200 fields) made that 3–5 ms of the fill200Ms bench.
  if (filter === "none") return opacity;
  for (const [, amount = "1", percent] of filter.matchAll(/opacity\(([\d.]+)(%?)/g))
    opacity *= Number(amount) / (percent ? 100 : 1);
  return opacity;
}

/**
 * An element's `labels` (the label elements of its tree whose labelled control it is, in tree
 * order: https://html.spec.whatwg.org/multipage/forms.html#dom-lfe-labels), from one walk of the
 * tree's labels per pass; outside a pass the element's own list (or, for an element without one,
 * its tree's labels read then).
 */
export function labelsOf(element: HTMLElement): readonly HTMLLabelElement[] | null {
  const own = (element as HTMLInputElement).labels;
  if (own === null) return null;
  if (cache === undefined && own) return [...own];
  // A form-associated custom element has no `labels` of its own (its ElementInternals has them),
  // but is labelable: `<label for>` names it, and its shadow input through it (round 9, G17). Read
  // from its tree's labels outside a pass too: undo and the fill's check for moved fields name a
  // control there, and must name it as the plan did.
  return oncePerPass(labelsByControl, element.getRootNode()).get(element) ?? [];
}

function labelsByControl(root: Node): Map<Element, HTMLLabelElement[]> {
  const byControl = new Map<Element, HTMLLabelElement[]>();
  for (const label of (root as Document | ShadowRoot).querySelectorAll("label")) {
    const control = label.control;
    if (control !== null) byControl.set(control, [...(byControl.get(control) ?? []), label]);
  }
  return byControl;
}

/**
 * How many elements of a tree `#id` or `[name="…"]` matches (the uniqueness a locator needs),
 * from one walk of the tree per pass. In a quirks-mode document `#id` matches ids ASCII
 * case-insensitively (https://dom.spec.whatwg.org/#concept-id with
 * https://html.spec.whatwg.org/multipage/semantics-other.html#case-sensitivity-of-selectors).
 */
export function countInTree(root: Document | ShadowRoot, attribute: "id" | "name", value: string): number {
  if (cache === undefined) {
    const selector = attribute === "id" ? `#${CSS.escape(value)}` : `[name="${CSS.escape(value)}"]`;
    return root.querySelectorAll(selector).length;
  }
  return oncePerPass(COUNTERS[attribute], root).get(keyIn(root, attribute, value)) ?? 0;
}

/** Each attribute's counting, one reader each, so the pass keeps the counts by attribute and tree. */
const COUNTERS = {
  id: (root: Document | ShadowRoot) => countValues(root, "id"),
  name: (root: Document | ShadowRoot) => countValues(root, "name"),
};

function countValues(root: Document | ShadowRoot, attribute: "id" | "name"): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of root.querySelectorAll(`[${attribute}]`)) {
    const text = keyIn(root, attribute, element.getAttribute(attribute) ?? "");
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return counts;
}

/** A value as the tree matches it: ids ASCII case-insensitively in a quirks-mode document. */
function keyIn(root: Document | ShadowRoot, attribute: "id" | "name", text: string): string {
  const quirks = attribute === "id" && (root.ownerDocument ?? (root as Document)).compatMode === "BackCompat";
  return quirks ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
}
