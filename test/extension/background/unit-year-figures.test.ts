import { beforeEach, describe, expect, it, vi } from "vitest";
import { importPackages } from "../../../extension/background/import-packages";
import { unitYearFigures } from "../../../extension/background/unit-year-figures";
import { findPackages } from "../../../extension/storage/package-store";
import { createFakeBrowser, fakeHolder } from "./fake-browser";
import { bedsPackageText, staffingPackageText } from "./test-packages";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

beforeEach(() => {
  fakeHolder.current = createFakeBrowser();
});

const load = (...files: [string, string][]) =>
  importPackages({ type: "import-packages", files: files.map(([name, text]) => ({ name, text })) });

describe("the figures a fill takes: every package of the unit and year", () => {
  it("beds and staffing of one year both go in", async () => {
    await load(["beds.hso.json", bedsPackageText()], ["staff.hso.json", staffingPackageText()]);
    const ids = (await unitYearFigures("983975267", 2024)).map((figure) => figure.id);
    expect(ids).toEqual(expect.arrayContaining(["beds.phv_adult_total", "staffing.psychologists_headcount"]));
    expect(ids).toContain("beds.unit_org");
    expect(ids).toContain("staffing.unit_org");
    expect(await unitYearFigures("983975267", 2024)).toHaveLength(new Set(ids).size);
  });

  it("a package with errors is left out; with none fillable, or none at all, the fill is refused", async () => {
    await load(
      ["beds.hso.json", bedsPackageText(2024, { "beds.phv_adult_total": 110 })],
      ["staff.hso.json", staffingPackageText()],
    );
    const ids = (await unitYearFigures("983975267", 2024)).map((figure) => figure.id);
    expect(ids.some((id) => id.startsWith("beds."))).toBe(false);
    expect(ids).toContain("staffing.psychologists_headcount");
    await load(["e.hso.json", bedsPackageText(2023, { "beds.phv_adult_total": 110 })]);
    await expect(unitYearFigures("983975267", 2023)).rejects.toMatchObject({ code: "package_not_fillable" });
    await expect(unitYearFigures("983975267", 2022)).rejects.toMatchObject({ code: "package_missing" });
  });

  it("two stored packages that disagree on a figure (stored data changed underneath) are refused, never one picked", async () => {
    await load(["staff.hso.json", staffingPackageText()]);
    const other = staffingPackageText(2024, { "staffing.psychologists_headcount": 242 });
    const [first] = await findPackages("983975267", 2024);
    if (!first) throw new Error("expected stored");
    // Written past the import's check, as storage changed by another version might hold it.
    const area = fakeHolder.current.storage.session.data.packages as Record<string, unknown>;
    area.other = { text: other, summary: { ...first.summary, templates: ["activity", "staffing"] } };
    expect(await findPackages("983975267", 2024)).toHaveLength(2);
    await expect(unitYearFigures("983975267", 2024)).rejects.toMatchObject({ code: "packages_disagree" });
  });
});
