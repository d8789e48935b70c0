import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { nativePolyfills } from "../../../extension/build/native-polyfills";

const LIBRARY = resolve(import.meta.dirname, "../../../node_modules/dom-accessibility-api/dist");

function transform(code: string, id: string): string | null {
  const hook = nativePolyfills().transform as (code: string, id: string) => { code: string } | null;
  return hook(code, id)?.code ?? null;
}

describe("dom-accessibility-api takes Set and Array.from from the browser (content script size)", () => {
  it("the installed release's accname module imports neither polyfill once built", () => {
    const id = resolve(LIBRARY, "accessible-name-and-description.mjs");
    const before = readFileSync(id, "utf8");
    expect(before).toMatch(/from "\.\/polyfills\/SetLike\.mjs"/);
    expect(before).toMatch(/from "\.\/polyfills\/array\.from\.mjs"/);
    const after = transform(before, id) ?? "";
    expect(after).not.toMatch(/polyfills\//);
    expect(after).toMatch(/^const SetLike = Set;$/m);
    expect(after).toMatch(/^const ArrayFrom = \(items, map\) => Array\.from\(items, map\);$/m);
  });

  it("the description module copies its options with Object.assign, Babel's six helpers gone", () => {
    const id = resolve(LIBRARY, "accessible-description.mjs");
    const before = readFileSync(id, "utf8");
    expect(before).toMatch(/^function _objectSpread\(/m);
    const after = transform(before, id) ?? "";
    expect(after).not.toMatch(
      /^function (_typeof|ownKeys|_objectSpread|_defineProperty|_toPropertyKey|_toPrimitive)\(/m,
    );
    expect(after).toMatch(/^const _objectSpread = Object\.assign;$/m);
    expect(after).toContain("_objectSpread(_objectSpread({}, options), {}, {");
    const options = { hidden: true };
    const copy = (Object.assign as (...objects: object[]) => object)(
      Object.assign({}, options),
      {},
      { compute: "description" },
    );
    expect(copy).toEqual({ hidden: true, compute: "description" });
    expect(options).toEqual({ hidden: true });
  });

  it("the built-ins behave as the library uses its polyfills: add/has on nodes, Array.from on array-likes", () => {
    const code =
      transform(
        'import S from "./polyfills/SetLike.mjs";\nimport A from "./polyfills/array.from.mjs";',
        `${LIBRARY}/x.mjs`,
      ) ?? "";
    const [S, A] = new Function(`${code}\nreturn [S, A];`)() as [SetConstructor, typeof Array.from];
    const seen = new S<object>();
    const node = {};
    expect(seen.has(node)).toBe(false);
    seen.add(node).add(node);
    expect(seen.has(node)).toBe(true);
    expect(A({ length: 2, 0: "a", 1: "b" })).toEqual(["a", "b"]);
    expect(A({ length: 2, 0: 1, 1: 2 }, (value: number) => value * 2)).toEqual([2, 4]);
  });

  it("leaves every other module alone, also a same-named import outside the library", () => {
    const code = 'import SetLike from "./polyfills/SetLike.mjs";\n';
    expect(transform(code, "/work/src/polyfills-user.mjs")).toBeNull();
    expect(transform("export const x = 1;\n", `${LIBRARY}/util.mjs`)).toBeNull();
  });
});
