/** Keys that could reach an object's prototype if a reader ever copied them naively. */
const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);

/**
 * The first forbidden key anywhere in parsed JSON, with its path. `JSON.parse` makes `__proto__` an
 * own member rather than setting the prototype, so walking own keys finds it.
 */
export function findPrototypeKey(value: unknown, path = ""): { key: string; path: string } | undefined {
  if (value === null || typeof value !== "object") return undefined;
  for (const key of Object.keys(value)) {
    const at = path === "" ? key : `${path}.${key}`;
    if (FORBIDDEN.has(key)) return { key, path: at };
    const found = findPrototypeKey((value as Record<string, unknown>)[key], at);
    if (found) return found;
  }
  return undefined;
}
