/** The computed style an element's visibility check needs, read once. */
export interface StyleFacts {
  opacity: number;
  overflow: string;
  clipPath: string;
  clip: string;
  position: string;
}

let cache: Map<Element, StyleFacts> | undefined;

/**
 * Runs `read` with each element's computed style read at most once: 200 controls share their
 * table, form and body, and reading an ancestor's style again for each control was most of the
 * hidden check's cost. Only for code that writes nothing and runs no page code in between (the
 * page cannot change a style while it runs), so what is read stays true; nested calls share the
 * outer cache, and it is gone when the outermost returns.
 */
export function readingStyles<T>(read: () => T): T {
  if (cache !== undefined) return read();
  cache = new Map();
  try {
    return read();
  } finally {
    cache = undefined;
  }
}

/** An element's computed style facts (from the cache inside `readingStyles`). */
export function styleFacts(view: Window, element: Element): StyleFacts {
  const known = cache?.get(element);
  if (known !== undefined) return known;
  const style = view.getComputedStyle(element);
  const facts = {
    opacity: Number(style.opacity) || 0,
    overflow: style.overflow,
    clipPath: style.clipPath,
    clip: style.clip,
    position: style.position,
  };
  cache?.set(element, facts);
  return facts;
}
