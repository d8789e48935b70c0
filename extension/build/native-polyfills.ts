import type { Plugin } from "vite";

const LIBRARY = /[\\/]dom-accessibility-api[\\/]dist[\\/][^\\/]+\.mjs$/;

/**
 * Babel's object-spread helpers (six one-line functions around `_typeof`), which the library's
 * description module uses once, to copy its options: `Object.assign` does that for plain objects.
 */
const OBJECT_SPREAD_HELPERS =
  /^function _typeof\(o\).*\nfunction ownKeys\(.*\nfunction _objectSpread\(.*\nfunction _defineProperty\(.*\nfunction _toPropertyKey\(.*\nfunction _toPrimitive\(.*\n/m;

/** dom-accessibility-api's polyfills and helpers, and the built-ins that replace them. */
const NATIVE: [RegExp, string][] = [
  [/^import (\w+) from "\.\/polyfills\/SetLike(\.mjs)?";$/m, "const $1 = Set;"],
  [
    /^import (\w+) from "\.\/polyfills\/array\.from(\.mjs)?";$/m,
    "const $1 = (items, map) => Array.from(items, map);",
  ],
  [OBJECT_SPREAD_HELPERS, "const _objectSpread = Object.assign;\n"],
];

/**
 * dom-accessibility-api ships an ES5 build with its own Set and Array.from and Babel's helpers
 * (3.5 KB of the content script's 62). Its `SetLike.mjs` even picks the polyfill whenever `Set`
 * exists (`typeof Set === "undefined" ? Set : SetLike`), so every accessible name was computed
 * with an array-backed set. The library calls only `add` and `has` on it, passes array-likes to
 * `Array.from` and plain option objects to `_objectSpread`, which the built-ins do the same way;
 * every browser with Manifest V3 (Chromium 88+, Firefox 142+ as the manifest asks) has them. A
 * release whose files read otherwise just keeps its own code. The imports are read as the dist
 * modules write them (`./polyfills/SetLike.mjs`) and as their TypeScript sources do
 * (`./polyfills/SetLike`), which library-from-source.ts builds from.
 */
export function nativePolyfills(): Plugin {
  return {
    name: "hso-native-polyfills",
    transform(code, id) {
      if (!LIBRARY.test(id)) return null;
      const replaced = NATIVE.reduce((text, [pattern, native]) => text.replace(pattern, native), code);
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}
