import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const IMPORT = /\b(?:import|export)\s*(?:\(\s*|[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The JavaScript files a built page can load: its module scripts and everything they import,
 * transitively, dynamic imports included (a lazily loaded chunk still counts against the budget).
 */
export function pageScripts(outDir: string, page: string): string[] {
  const html = readFileSync(resolve(outDir, page), "utf8");
  const entries = [...html.matchAll(/<script type="module"[^>]*\bsrc="\.\/([^"]+)"/g)].map(([, src]) =>
    resolve(outDir, src ?? ""),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, relative] of readFileSync(file, "utf8").matchAll(IMPORT)) {
      visit(resolve(dirname(file), relative ?? ""));
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}
