import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { probe, probeSource, projects, TARGET_GLOBALS, wrongGlobals } from "../../scripts/check-types.js";

const ROOT = resolve(import.meta.dirname, "../..");
const project = (path: string) => resolve(ROOT, path);
// What a pane's code would write: it must compile in the add-in and nowhere else.
const USES_EXCEL = 'export {};\nExcel.run(async (context) => context.workbook.load("name"));\n';

describe("a tsconfig per target (npm run check)", () => {
  it.each(["extension/tsconfig.json", "cli/tsconfig.json", "shared/tsconfig.json"])(
    "Excel used under %s fails to type-check",
    (config) => {
      const result = probe(project(config), USES_EXCEL);
      expect(result.ok).toBe(false);
      expect(result.output).toContain("Cannot find name 'Excel'");
    },
  );

  it("the same code type-checks in the add-in, so the failures above are the wall, not the probe", () => {
    expect(probe(project("addin/tsconfig.json"), USES_EXCEL)).toEqual({ ok: true, output: "" });
  });

  it("the check names a global a target sees but must not", () => {
    const source = probeSource([]);
    const result = probe(project("extension/tsconfig.json"), source);
    expect(result.ok).toBe(false);
    expect(wrongGlobals(source, result.output)).toEqual(["document is visible"]);
  });

  it("every target with walls is among the projects npm run check compiles", () => {
    const checked = projects().map((path) => path.slice(ROOT.length + 1).replaceAll("\\", "/"));
    expect(checked).toEqual(expect.arrayContaining(Object.keys(TARGET_GLOBALS)));
  });
});
