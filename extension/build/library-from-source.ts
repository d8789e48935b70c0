import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Plugin } from "vite";

const LIBRARY = /[\\/]dom-accessibility-api[\\/]dist[\\/][^\\/]+\.mjs$/;

/**
 * The TypeScript a dist module was built from, as its own source map holds it (`sourcesContent`),
 * or undefined where the map does not name exactly that one source (`../sources/<name>.ts`).
 */
export function sourceOf(id: string): string | undefined {
  const mapFile = `${id}.map`;
  if (!existsSync(mapFile)) return undefined;
  const map = JSON.parse(readFileSync(mapFile, "utf8")) as { sources?: unknown; sourcesContent?: unknown };
  const wanted = `../sources/${basename(id, ".mjs")}.ts`;
  const sources = Array.isArray(map.sources) ? map.sources : [];
  const contents = Array.isArray(map.sourcesContent) ? map.sourcesContent : [];
  const [source] = contents;
  return sources.length === 1 && sources[0] === wanted && typeof source === "string" ? source : undefined;
}

/**
 * dom-accessibility-api built from the TypeScript its release was compiled from, not from the ES5
 * Babel made of it (`var`, `function` callbacks, `arguments` checks for default parameters, string
 * `.concat`): the same code, written for the browsers the extension runs in (content script 20323
 * → 20098 bytes gzip level 9, docs/extension.md "What lives where"). Each dist module's source map
 * carries that source; a module whose map does not (another release) keeps its own code. Its
 * polyfill imports are taken by native-polyfills.ts after it, in both spellings.
 */
export function libraryFromSource(): Plugin {
  return {
    name: "hso-library-from-source",
    enforce: "pre",
    load(id) {
      if (!LIBRARY.test(id)) return null;
      const code = sourceOf(id);
      return code === undefined ? null : { code, moduleType: "ts" };
    },
  };
}
