import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

// Rolldown writes `import{a}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"` and, for a lazy
// chunk, `import(\`./x.js\`)` (backticks); vite's preload helper lists the same files again.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

/** What a built page downloads: the JavaScript of its first load, and what each lazy chunk adds. */
export interface PageLoads {
  /** Its module scripts and modulepreload links, and every file they import statically, transitively. */
  firstLoad: string[];
  /**
   * Each lazily imported chunk (by its path in the build) → the files loading it adds to the first
   * load: itself and its static imports not already loaded. Two lazy chunks may share a file.
   */
  lazy: Map<string, string[]>;
}

function importsOf(file: string, pattern: RegExp): string[] {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(pattern)].map(([, path]) => resolve(dirname(file), path ?? ""));
}

/** The file and every file it imports statically, transitively, that exists and is not in `seen`. */
function staticClosure(files: readonly string[], seen: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || found.has(file) || !existsSync(file)) return;
    found.add(file);
    for (const imported of importsOf(file, STATIC_IMPORT)) visit(imported);
  };
  for (const file of files) visit(file);
  return [...found];
}

/**
 * The JavaScript a built page loads when it opens (what the browser must download before the page
 * runs), and separately each chunk it imports dynamically, which is downloaded only when the code
 * that imports it runs (docs/addin.md says which those are for the task pane).
 */
export function pageLoads(outDir: string, page: string): PageLoads {
  const html = readFileSync(resolve(outDir, page), "utf8");
  const tags = [
    ...html.matchAll(/<script type="module"[^>]*\bsrc="\.\/([^"]+)"/g),
    ...html.matchAll(/<link rel="modulepreload"[^>]*\bhref="\.\/([^"]+)"/g),
  ];
  const firstLoad = staticClosure(
    tags.map(([, src]) => resolve(outDir, src ?? "")),
    new Set(),
  );
  const loaded = new Set(firstLoad);
  const lazy = new Map<string, string[]>();
  const queue = [...firstLoad];
  while (queue.length > 0) {
    for (const chunk of importsOf(queue.shift() as string, DYNAMIC_IMPORT)) {
      const key = relative(outDir, chunk);
      if (loaded.has(chunk) || lazy.has(key) || !existsSync(chunk)) continue;
      const added = staticClosure([chunk], loaded);
      lazy.set(key, added);
      queue.push(...added);
    }
  }
  return { firstLoad, lazy };
}
