import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { libraryFromSource, sourceOf } from "../../../extension/build/library-from-source";
import { nativePolyfills } from "../../../extension/build/native-polyfills";

const LIBRARY = resolve(import.meta.dirname, "../../../node_modules/dom-accessibility-api/dist");

function load(id: string): { code: string; moduleType: string } | null {
  const hook = libraryFromSource().load as (id: string) => { code: string; moduleType: string } | null;
  return hook(id);
}

describe("dom-accessibility-api is built from its own TypeScript (content script size)", () => {
  it("loads each module the content script reaches as the TypeScript its map holds", () => {
    for (const name of [
      "accessible-name-and-description",
      "accessible-name",
      "accessible-description",
      "getRole",
      "util",
    ]) {
      const loaded = load(resolve(LIBRARY, `${name}.mjs`));
      expect(loaded?.moduleType, name).toBe("ts");
      // ES5 as Babel wrote it is gone: no `var`, no `arguments` for default parameters.
      expect(loaded?.code, name).not.toMatch(/\bvar |arguments\[/);
    }
    expect(load(resolve(LIBRARY, "accessible-name-and-description.mjs"))?.code).toContain(
      "export function computeTextAlternative(",
    );
  });

  it("its polyfill imports, spelled as the sources spell them, become the built-ins", () => {
    const id = resolve(LIBRARY, "accessible-name-and-description.mjs");
    const source = load(id)?.code ?? "";
    expect(source).toMatch(/^import SetLike from "\.\/polyfills\/SetLike";$/m);
    expect(source).toMatch(/^import ArrayFrom from "\.\/polyfills\/array\.from";$/m);
    const hook = nativePolyfills().transform as (code: string, id: string) => { code: string } | null;
    const after = hook(source, id)?.code ?? "";
    expect(after).not.toMatch(/polyfills\//);
    expect(after).toMatch(/^const SetLike = Set;$/m);
    expect(after).toMatch(/^const ArrayFrom = \(items, map\) => Array\.from\(items, map\);$/m);
  });

  it("keeps a module whose map names another source, or none, and every module outside the library", () => {
    const dir = mkdtempSync(join(tmpdir(), "dom-accessibility-api-dist-"));
    const other = join(dir, "node_modules/dom-accessibility-api/dist");
    mkdirSync(other, { recursive: true });
    writeFileSync(
      join(other, "util.mjs.map"),
      JSON.stringify({ sources: ["../src/other.ts"], sourcesContent: ["x"] }),
    );
    writeFileSync(
      join(other, "two.mjs.map"),
      JSON.stringify({ sources: ["../sources/two.ts", "../sources/b.ts"], sourcesContent: ["a", "b"] }),
    );
    expect(sourceOf(join(other, "util.mjs"))).toBeUndefined();
    expect(sourceOf(join(other, "two.mjs"))).toBeUndefined();
    expect(load(join(other, "none.mjs"))).toBeNull();
    expect(load(resolve(import.meta.dirname, "../../../extension/content/own-text.ts"))).toBeNull();
  });
});
