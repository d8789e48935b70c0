import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FillResult, PackageSummary } from "../../../extension/messages";
import {
  findPackages,
  listPackages,
  movePackages,
  putPackage,
  removePackage,
} from "../../../extension/storage/package-store";
import { loadManagedProfiles, loadUserProfiles } from "../../../extension/storage/profile-store";
import { loadSettings, saveSettings } from "../../../extension/storage/settings-store";
import {
  forgetResultsOfPackage,
  forgetTabResult,
  loadTabResult,
  saveTabResult,
} from "../../../extension/storage/tab-results";
import { loadPlan, loadUndo, savePlan, saveUndo } from "../../../extension/storage/tab-state";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "../background/fake-browser";

vi.mock("webextension-polyfill", async () => ({
  default: (await import("../background/fake-browser")).browserProxy,
}));

let fake: FakeBrowser;
beforeEach(() => {
  fake = createFakeBrowser();
  fakeHolder.current = fake;
});

const summary = (org: string, year: number, name: string, kept = false, templates = ["beds"]) =>
  ({
    org,
    year,
    name,
    fillable: true,
    kept,
    templates,
    fileName: `${name}-${year}.hso.json`,
  }) as PackageSummary;
const findPackage = async (org: string, year: number) => (await findPackages(org, year))[0];

describe("settings", () => {
  it("defaults to Norwegian and session storage, and falls back member by member on bad data", async () => {
    expect(await loadSettings()).toEqual({ keep: false, lang: "nb" });
    fake.storage.local.data.settings = { keep: "yes", lang: "en" };
    expect(await loadSettings()).toEqual({ keep: false, lang: "en" });
    expect(await saveSettings({ keep: true })).toEqual({ keep: true, lang: "en" });
    expect(await loadSettings()).toEqual({ keep: true, lang: "en" });
  });
});

describe("package store", () => {
  it("lists session and kept packages together, sorted by unit and year, and removes from either", async () => {
    await putPackage({ text: "{}", summary: summary("983975267", 2024, "Sykehuset Telemark HF") });
    await putPackage({
      text: "{}",
      summary: summary("983971636", 2024, "Akershus universitetssykehus HF", true),
    });
    await putPackage({ text: "{}", summary: summary("983975267", 2023, "Sykehuset Telemark HF") });
    expect((await listPackages()).map((entry) => `${entry.summary.name} ${entry.summary.year}`)).toEqual([
      "Akershus universitetssykehus HF 2024",
      "Sykehuset Telemark HF 2023",
      "Sykehuset Telemark HF 2024",
    ]);
    expect(await removePackage("983971636", 2024)).toBe(true);
    expect(await removePackage("983971636", 2024)).toBe(false);
    expect(await findPackage("983971636", 2024)).toBeUndefined();
  });

  it("moves every package between session and local storage when the keep choice changes", async () => {
    await putPackage({ text: "{}", summary: summary("983975267", 2024, "Telemark") });
    await movePackages(true);
    expect(fake.storage.session.data.packages).toEqual({});
    expect((await findPackage("983975267", 2024))?.summary.kept).toBe(true);
    await movePackages(false);
    expect((await findPackage("983975267", 2024))?.summary.kept).toBe(false);
    expect(fake.storage.local.data.packages).toEqual({});
  });

  it("keeps a unit's packages of one year apart by template; the same templates replace, a removal takes one", async () => {
    await putPackage({ text: "{}", summary: summary("983975267", 2024, "Telemark", false, ["beds"]) });
    expect(
      await putPackage({ text: "{}", summary: summary("983975267", 2024, "Telemark", false, ["staffing"]) }),
    ).toEqual([]);
    expect((await findPackages("983975267", 2024)).map((entry) => entry.summary.templates)).toEqual([
      ["beds"],
      ["staffing"],
    ]);
    const again = { ...summary("983975267", 2024, "Telemark", true, ["staffing"]), fileName: "ny.hso.json" };
    expect(await putPackage({ text: "{}", summary: again })).toEqual(["Telemark-2024.hso.json"]);
    expect((await findPackages("983975267", 2024)).map((entry) => entry.summary.fileName)).toEqual([
      "Telemark-2024.hso.json",
      "ny.hso.json",
    ]);
    expect(await removePackage("983975267", 2024, ["staffing"])).toBe(true);
    expect((await findPackages("983975267", 2024)).map((entry) => entry.summary.templates)).toEqual([
      ["beds"],
    ]);
  });

  it("reads packages stored under the old unit-year key, templates from the file where the summary has none, and loses none", async () => {
    const old = summary("983975267", 2024, "Telemark");
    const { templates: _templates, ...withoutTemplates } = summary("983971636", 2023, "Akershus");
    fake.storage.session.data.packages = {
      "983975267-2024": { text: "{}", summary: old },
      "983971636-2023": {
        text: JSON.stringify({ templates: { staffing: "2025.1" } }),
        summary: withoutTemplates,
      },
    };
    expect((await listPackages()).map((entry) => `${entry.summary.name} ${entry.summary.templates}`)).toEqual(
      ["Akershus staffing", "Telemark beds"],
    );
    await putPackage({ text: "{}", summary: summary("983975267", 2024, "Telemark", false, ["staffing"]) });
    expect(Object.keys(fake.storage.session.data.packages as object).sort()).toEqual([
      "983971636-2023-staffing",
      "983975267-2024-beds",
      "983975267-2024-staffing",
    ]);
    expect(await removePackage("983971636", 2023, ["staffing"])).toBe(true);
    expect((await listPackages()).map((entry) => entry.summary.templates.join())).toEqual([
      "beds",
      "staffing",
    ]);
  });

  it("skips stored data that lost its shape instead of trusting it", async () => {
    fake.storage.session.data.packages = { x: { text: 5 } };
    expect(await listPackages()).toEqual([]);
  });
});

const result = (part: Partial<FillResult> = {}): FillResult => ({
  mode: "fill",
  package: { org: "983975267", year: 2024 },
  url: "https://a.no/skjema",
  origin: "https://a.no",
  filled: ["a"],
  missing: [],
  mismatched: [{ id: "a", expected: "103", actual: "" }],
  matched: [],
  labels: {},
  frames: 1,
  skippedFrames: [],
  frameErrors: [],
  rows: [],
  undoAvailable: false,
  pending: [],
  ...part,
});

describe("tab results", () => {
  it("remembers and forgets a tab's last result", async () => {
    await saveTabResult(4, result());
    expect((await loadTabResult(4))?.filled).toEqual(["a"]);
    await forgetTabResult(4);
    expect(await loadTabResult(4)).toBeUndefined();
  });

  it("forgets the results that hold a removed package's figures, and only those", async () => {
    await saveTabResult(4, result({ package: { org: "983975267", year: 2024 } }));
    await saveTabResult(5, result({ package: { org: "983975267", year: 2023 } }));
    await saveTabResult(6, result({ package: { org: "993467049", year: 2024 } }));
    await forgetResultsOfPackage("983975267", 2024);
    expect(await loadTabResult(4)).toBeUndefined();
    expect((await loadTabResult(5))?.package.year).toBe(2023);
    expect((await loadTabResult(6))?.package.org).toBe("993467049");
  });
});

describe("concurrent writes", () => {
  it("loses no package when several are stored at once", async () => {
    const years = [2019, 2020, 2021, 2022, 2023, 2024];
    await Promise.all(
      years.map((year) => putPackage({ text: "{}", summary: summary("983975267", year, "Telemark") })),
    );
    expect((await listPackages()).map((entry) => entry.summary.year)).toEqual(years);
  });

  // Two tabs' fills end at once, or a tab navigates while another's result is saved: each is a
  // read-modify-write of one stored record, so without a queue the later write drops the other tab.
  it("loses no tab's result when several tabs save, navigate and close at once", async () => {
    await saveTabResult(9, result());
    await Promise.all([
      ...[1, 2, 3, 4, 5].map((tab) => saveTabResult(tab, result({ filled: [`f${tab}`] }))),
      forgetTabResult(9),
    ]);
    for (const tab of [1, 2, 3, 4, 5]) expect((await loadTabResult(tab))?.filled).toEqual([`f${tab}`]);
    expect(await loadTabResult(9)).toBeUndefined();
  });

  it("loses no tab's preview or snapshots when several tabs keep them at once", async () => {
    const plan = (tab: number) => ({
      url: `https://i.example.no/${tab}`,
      origin: "https://i.example.no",
      org: "983975267",
      year: 2025,
      frames: {},
    });
    await Promise.all([
      ...[1, 2, 3].map((tab) => savePlan(tab, plan(tab))),
      ...[1, 2, 3].map((tab) => saveUndo(tab, [{ frameId: 0, undoId: `u${tab}` }])),
    ]);
    for (const tab of [1, 2, 3]) {
      expect((await loadPlan(tab))?.url).toBe(`https://i.example.no/${tab}`);
      expect(await loadUndo(tab)).toEqual([{ frameId: 0, undoId: `u${tab}` }]);
    }
  });
});

describe("profiles", () => {
  const profile = (index: number) => ({
    name: `Skjema ${index}`,
    urlPattern: `https://intranett.example.no/skjema-${index}/*`,
    fields: {},
  });

  it("reads every one of the user's own profiles, however many: what is read is written back on the next save", async () => {
    fake.storage.local.data.profiles = Array.from({ length: 250 }, (_, index) => profile(index));
    const profiles = await loadUserProfiles();
    expect(profiles).toHaveLength(250);
  });

  it("reads a policy's list up to its bound, and says so beyond it", async () => {
    fake.storage.managed.data.profiles = Array.from({ length: 250 }, (_, index) => profile(index));
    const read = await loadManagedProfiles();
    expect(read.profiles).toHaveLength(200);
    expect(read.errors[0]?.nb).toContain("bare de første 200");
  });
});
