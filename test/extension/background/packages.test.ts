import { beforeEach, describe, expect, it, vi } from "vitest";
import { importPackages } from "../../../extension/background/import-packages";
import { listPackageSummaries, removeOnePackage } from "../../../extension/background/packages";
import type { FillResult } from "../../../extension/messages";
import { loadTabResult, saveTabResult } from "../../../extension/storage/tab-results";
import { fillResult } from "../pages/summaries";
import { createFakeBrowser, fakeHolder } from "./fake-browser";
import { bedsPackageText, staffingPackageText } from "./test-packages";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

beforeEach(() => {
  fakeHolder.current = createFakeBrowser();
});

describe("remove-package", () => {
  it("forgets the tabs' results that hold the removed package's figures", async () => {
    await importPackages({
      type: "import-packages",
      files: [
        { name: "a.hso.json", text: bedsPackageText(2024) },
        { name: "b.hso.json", text: bedsPackageText(2023) },
      ],
    });
    const of = (year: number): FillResult => fillResult({ package: { org: "983975267", year } });
    await saveTabResult(3, of(2024));
    await saveTabResult(4, of(2023));
    expect(await removeOnePackage("983975267", 2024)).toEqual({ removed: true });
    expect(await loadTabResult(3)).toBeUndefined();
    expect((await loadTabResult(4))?.mismatched[0]?.expected).toBe("12");
  });

  it("with a unit's beds and staffing of one year, removing one by its templates keeps the other and forgets that year's results", async () => {
    await importPackages({
      type: "import-packages",
      files: [
        { name: "beds.hso.json", text: bedsPackageText(2024) },
        { name: "staff.hso.json", text: staffingPackageText(2024) },
      ],
    });
    await saveTabResult(3, fillResult({ package: { org: "983975267", year: 2024 } }));
    expect(await removeOnePackage("983975267", 2024, ["staffing"])).toEqual({ removed: true });
    expect(await loadTabResult(3)).toBeUndefined();
    expect((await listPackageSummaries()).packages.map((entry) => entry.fileName)).toEqual(["beds.hso.json"]);
  });
});

describe("list-packages", () => {
  it("names each package's templates as the catalogue does, for the pages (which do not bundle it)", async () => {
    await importPackages({
      type: "import-packages",
      files: [
        { name: "a.hso.json", text: bedsPackageText(2024) },
        { name: "b.hso.json", text: staffingPackageText(2024) },
      ],
    });
    const { packages } = await listPackageSummaries();
    expect(packages.map((entry) => [entry.templates, entry.templateNames])).toEqual(
      expect.arrayContaining([
        [["beds"], { beds: { nb: "Døgnplasser", en: "Beds" } }],
        [["staffing"], { staffing: { nb: "Bemanning", en: "Staffing" } }],
      ]),
    );
  });
});
