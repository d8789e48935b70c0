import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = resolve(import.meta.dirname, "../../dist");
// What web-ext lint reports as DANGEROUS_EVAL: the Function constructor called by its name.
const FUNCTION_CONSTRUCTOR = /(?<![\w$.])(?:new\s+)?Function\(/g;
// A local script a page or a bundle loads: `src="./x.js"`, `href="./chunks/x.js"`, `from"./chunks/x.js"`.
const LOCAL_SCRIPT = /["'`](\.{1,2}\/[^"'`\s]+\.js)["'`]/g;

/** Every local script a page loads, and every one those import, however deep (the shipped graph). */
function scriptsOf(page: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    for (const [, path] of readFileSync(file, "utf8").matchAll(LOCAL_SCRIPT)) {
      const script = resolve(dirname(file), path as string);
      if (seen.has(script) || !existsSync(script)) continue;
      seen.add(script);
      visit(script);
    }
  };
  visit(page);
  return [...seen];
}

function constructorCalls(files: string[]): string[] {
  return files.flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(FUNCTION_CONSTRUCTOR)].map((hit) => `${file}@${hit.index}`),
  );
}

function pagesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".html"))
    .map((name) => join(folder, name));
}

describe("no eval in the browser bundles (zod's probe and JIT are off)", () => {
  it.each(["extension", "extension-firefox"])(
    "dist/%s: no script calls the Function constructor",
    (build) => {
      const folder = join(DIST, build);
      expect(existsSync(folder), "run `npx vite build` first").toBe(true);
      const entries = [
        ...pagesIn(folder),
        join(folder, "background.js"),
        join(folder, "content.js"),
        join(folder, "profile-tools.js"),
      ];
      const scripts = [...new Set(entries.flatMap((entry) => [entry, ...scriptsOf(entry)]))].filter((file) =>
        file.endsWith(".js"),
      );
      expect(scripts.length).toBeGreaterThan(5);
      expect(constructorCalls(scripts)).toEqual([]);
      // extension/zod.ts's setting made it into the bundle that builds the schemas.
      expect(scripts.some((file) => /jitless:(?:!0|true)/.test(readFileSync(file, "utf8")))).toBe(true);
    },
  );

  it("dist/addin: the task pane and the command pages call no Function constructor", () => {
    const folder = join(DIST, "addin");
    expect(existsSync(folder), "run `npx vite build` first").toBe(true);
    const scripts = ["taskpane.html", "commands.html"].flatMap((page) => scriptsOf(join(folder, page)));
    expect(scripts.length).toBeGreaterThan(2);
    expect(constructorCalls(scripts)).toEqual([]);
  });

  it("the scan finds a Function constructor where there is one (the playground bundles exceljs)", () => {
    const scripts = scriptsOf(join(DIST, "addin/playground.html"));
    expect(constructorCalls(scripts).length).toBeGreaterThan(0);
  });
});
