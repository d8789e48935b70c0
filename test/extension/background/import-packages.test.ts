import { beforeEach, describe, expect, it, vi } from "vitest";
import { importPackages } from "../../../extension/background/import-packages";
import { findPackage, listPackages } from "../../../extension/storage/package-store";
import { saveSettings } from "../../../extension/storage/settings-store";
import { createFakeBrowser, fakeHolder } from "./fake-browser";
import { bedsPackageText } from "./test-packages";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

beforeEach(() => {
  fakeHolder.current = createFakeBrowser();
});

const file = (name: string, text: string) => ({ name, text });

describe("import-packages", () => {
  it("stores a clean package in session storage, fillable, with its summary", async () => {
    const { results } = await importPackages({
      type: "import-packages",
      files: [file("t.hso.json", bedsPackageText())],
    });
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result).toMatchObject({ file: "t.hso.json", ok: true, replaced: false });
    if (!result?.ok) throw new Error("expected ok");
    expect(result.package).toMatchObject({
      org: "983975267",
      year: 2024,
      errors: 0,
      fillable: true,
      kept: false,
    });
    expect(result.package.figures).toBeGreaterThan(5);
    expect(Object.keys(fakeHolder.current.storage.session.data)).toEqual(["packages"]);
    expect(fakeHolder.current.storage.local.data.packages).toBeUndefined();
  });

  it("refuses a tampered file with the core's reason in both languages and stores nothing", async () => {
    const tampered = bedsPackageText().replace('"beds.phv_adult_total": 103', '"beds.phv_adult_total": 104');
    expect(tampered).not.toBe(bedsPackageText());
    const { results } = await importPackages({
      type: "import-packages",
      files: [file("bad.hso.json", tampered)],
    });
    expect(results[0]).toMatchObject({ ok: false, error: { nb: expect.stringMatching(/Kontrollsummen/) } });
    expect(results[0]?.ok === false && results[0].error.en.length).toBeGreaterThan(10);
    expect(await listPackages()).toEqual([]);
  });

  it.each([
    ["not JSON", "{"],
    ["a prototype key", '{"__proto__": {}}'],
    ["an empty file", ""],
  ])("refuses %s", async (_name, text) => {
    const { results } = await importPackages({ type: "import-packages", files: [file("x.hso.json", text)] });
    expect(results[0]?.ok).toBe(false);
  });

  it("keeps a package with errors, not fillable, with each error described in nb and en", async () => {
    const text = bedsPackageText(2024, { "beds.phv_adult_total": 110 });
    const { results } = await importPackages({ type: "import-packages", files: [file("e.hso.json", text)] });
    const [result] = results;
    if (!result?.ok) throw new Error("expected stored");
    expect(result.package.fillable).toBe(false);
    expect(result.package.errors).toBeGreaterThan(0);
    const issue = result.package.issues.find((item) => item.field === "beds.phv_adult_total");
    expect(issue).toMatchObject({
      severity: "error",
      label: { nb: expect.any(String), en: expect.any(String) },
    });
    expect(issue?.text.nb).not.toBe(issue?.text.en);
    // Notes about optional fields left empty are not shown: they would bury the errors.
    expect(result.package.issues.every((item) => item.severity !== "info")).toBe(true);
  });

  it("checks year-over-year changes against last year's package imported in the same batch", async () => {
    const lastYear = bedsPackageText(2023, {
      "beds.phv_adult_total": 110,
      "beds.phv_adult_dps": 70,
      "beds.all_total": 142.5,
    });
    const { results } = await importPackages({
      type: "import-packages",
      files: [file("2024.hso.json", bedsPackageText()), file("2023.hso.json", lastYear)],
    });
    const thisYear = results[0];
    if (!thisYear?.ok) throw new Error("expected stored");
    expect(thisYear.package.issues.map((issue) => issue.field)).toContain("beds.phv_adult_total");
    expect(thisYear.package.fillable).toBe(false);
  });

  it("stores in local storage when the user chose to keep, and replaces a package of the same unit and year", async () => {
    await saveSettings({ keep: true });
    await importPackages({ type: "import-packages", files: [file("a.hso.json", bedsPackageText())] });
    const again = await importPackages({
      type: "import-packages",
      files: [file("b.hso.json", bedsPackageText())],
    });
    expect(again.results[0]).toMatchObject({ ok: true, replaced: true });
    expect((await findPackage("983975267", 2024))?.summary).toMatchObject({
      kept: true,
      fileName: "b.hso.json",
    });
    expect(fakeHolder.current.storage.session.data.packages).toBeUndefined();
  });
});
