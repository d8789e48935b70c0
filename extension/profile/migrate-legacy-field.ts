import { isGeneratedId } from "./generated-id";

// The old picker's fallback: it counts siblings of the same tag, not the page's inputs, so it
// names another field as soon as the markup around it changes. Never kept.
const SIBLING_COUNT = /^[a-z]+:nth-of-type\(\d+\)$/i;
const ID_SELECTOR = /^#([\w-]+)$/;
const LEGACY_KEYS = ["selector", "elementId", "name", "label"] as const;

function isStableSelector(selector: string): boolean {
  if (SIBLING_COUNT.test(selector.trim())) return false;
  const id = ID_SELECTOR.exec(selector.trim())?.[1];
  return id === undefined || !isGeneratedId(id);
}

/** One old way of finding a field as a locator, or undefined when it is not worth keeping. */
function legacyLocator(key: (typeof LEGACY_KEYS)[number], value: unknown): unknown {
  if (typeof value !== "string") return { kind: "css", path: value }; // the schema names the error
  switch (key) {
    case "selector":
      return isStableSelector(value) ? { kind: "css", path: value } : undefined;
    case "elementId":
      return isGeneratedId(value) ? undefined : { kind: "id", id: value };
    case "name":
      return { kind: "name", name: value };
    case "label":
      return { kind: "label", label: value };
  }
}

/**
 * A field in the shape profiles had before locators (`selector`, `elementId`, `name`, `label`:
 * the first set won) rewritten as locators in that order, before the schema checks it; a field
 * that has `locators` is left as it is. A generated id (`TextField29`, `:r3:`) or an
 * `input:nth-of-type(n)` selector is dropped: it would find whatever field takes that place next.
 * What is left may be nothing; the field is then reported as not found until someone points at
 * it again. Other members (order, decimal, reloads, or unknown ones) pass through to the schema.
 */
export function migrateLegacyField(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || "locators" in value)
    return value;
  const old = value as Record<string, unknown>;
  const locators: unknown[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(old)) {
    if (!(LEGACY_KEYS as readonly string[]).includes(key)) rest[key] = member;
  }
  for (const key of LEGACY_KEYS) {
    if (!Object.hasOwn(old, key)) continue;
    const locator = legacyLocator(key, old[key]);
    if (locator !== undefined) locators.push(locator);
  }
  return { locators, ...rest };
}
