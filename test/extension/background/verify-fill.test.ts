import { describe, expect, it, vi } from "vitest";
import {
  type LateChange,
  lateKind,
  lateResult,
  pageChangedCount,
} from "../../../extension/background/late-changes";
import { fillResult } from "../pages/summaries";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

describe("the late read-back's result (S2, adversary round 3 A12)", () => {
  const result = fillResult({
    filled: ["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.phbu_total"],
    mismatched: [],
    rows: [
      { ids: ["beds.phv_adult_hospital"], outcome: "filled", frameUrl: "u", expected: "46" },
      { ids: ["beds.phv_adult_dps"], outcome: "filled", frameUrl: "u", expected: "64" },
      { ids: ["beds.phbu_total"], outcome: "filled", frameUrl: "u", expected: "12,5" },
      { ids: ["beds.tsb_total"], outcome: "not_found", frameUrl: "u" },
    ],
  });
  const late = (entries: [string, LateChange][]) => lateResult(result, new Map(entries));

  it("a field the page changed after the read-back is not kept, with what it holds now; the others stay filled", () => {
    const next = late([["beds.phv_adult_dps", { kind: "page", actual: "" }]]);
    expect(next.rows.map((row) => [row.ids[0], row.outcome, row.actual, row.restored])).toEqual([
      ["beds.phv_adult_hospital", "filled", undefined, undefined],
      ["beds.phv_adult_dps", "not_kept", "", undefined],
      ["beds.phbu_total", "filled", undefined, undefined],
      ["beds.tsb_total", "not_found", undefined, undefined],
    ]);
    expect(next.filled).toEqual(["beds.phv_adult_hospital", "beds.phbu_total"]);
    expect(next.mismatched).toEqual([{ id: "beds.phv_adult_dps", expected: "64", actual: "" }]);
  });

  it("a rewrite put back is not kept and restored; one that would not go back says so; the user's change is theirs", () => {
    const next = late([
      ["beds.phbu_total", { kind: "rewrite", actual: "12", restored: true }],
      ["beds.phv_adult_dps", { kind: "rewrite", actual: "6", restored: false }],
      ["beds.phv_adult_hospital", { kind: "user", actual: "47" }],
    ]);
    expect(next.rows.map((row) => [row.ids[0], row.outcome, row.actual, row.restored])).toEqual([
      ["beds.phv_adult_hospital", "user_changed", "47", undefined],
      ["beds.phv_adult_dps", "not_kept", "6", false],
      ["beds.phbu_total", "not_kept", "12", true],
      ["beds.tsb_total", "not_found", undefined, undefined],
    ]);
    expect(next.filled).toEqual([]);
    expect(next.mismatched.map((item) => item.id).sort()).toEqual([
      "beds.phbu_total",
      "beds.phv_adult_dps",
      "beds.phv_adult_hospital",
    ]);
  });

  it("nothing changed: the result as it was; a change of a field the fill did not write counts for nothing", () => {
    expect(late([])).toEqual(result);
    expect(late([["beds.tsb_total", { kind: "page", actual: "9" }]])).toEqual(result);
  });
});

describe("a value the fill left alone that the page overwrote after it (adversary round 8, F8)", () => {
  const result = fillResult({
    filled: ["beds.phv_adult_hospital", "beds.phv_adult_dps"],
    mismatched: [{ id: "beds.phv_adult_total", expected: "110", actual: "111" }],
    matched: ["beds.tsb_total"],
    rows: [
      { ids: ["beds.phv_adult_hospital"], outcome: "filled", frameUrl: "u", expected: "46" },
      { ids: ["beds.phv_adult_dps"], outcome: "filled", frameUrl: "u", expected: "64" },
      { ids: ["beds.phv_adult_total"], outcome: "mismatched", frameUrl: "u", expected: "110", actual: "111" },
      { ids: ["beds.tsb_total"], outcome: "matched", frameUrl: "u", expected: "20,5", actual: "20,5" },
    ],
  });
  const late = (entries: [string, LateChange][]) => new Map(entries);

  it("is any change the user did not type, whatever it holds", () => {
    expect(lateKind("110", { id: "x", actual: "", before: "111", left: true })).toBe("overwritten");
    expect(lateKind("110", { id: "x", actual: "109", before: "111", left: true })).toBe("overwritten");
    expect(lateKind("110", { id: "x", actual: "110", before: "111", left: true })).toBe("overwritten");
    expect(lateKind("110", { id: "x", actual: "112", before: "111", left: true, typed: true })).toBe("user");
  });

  it("twin: changed by the page to the package's figure (its sum), the row is matched, naming what it replaced", () => {
    // v04: the user's 111 made 110 by the page's sum of the parts; a page's own 0 made 103,5. The
    // first version put the old value back over the package's figure (the review of F8).
    const changes = late([["beds.phv_adult_total", { kind: "overwritten", actual: "110", before: "111" }]]);
    const next = lateResult(result, changes);
    expect(next.rows[2]).toMatchObject({ outcome: "matched", actual: "110", overwritten: "111" });
    expect(next.mismatched).toEqual([]);
    expect(next.matched).toContain("beds.phv_adult_total");
    expect(pageChangedCount(result, changes)).toBe(1);
  });

  it("is not kept, with what it was and what the page holds; a row that held the figure already counts too", () => {
    const changes = late([
      ["beds.phv_adult_total", { kind: "overwritten", actual: "109", before: "111" }],
      ["beds.tsb_total", { kind: "overwritten", actual: "", before: "20,5" }],
    ]);
    const next = lateResult(result, changes);
    expect(next.rows[2]).toMatchObject({ outcome: "not_kept", actual: "109", overwritten: "111" });
    expect(next.rows[2]?.restored).toBeUndefined();
    // The lists say what the rows say: the figure the page held already and emptied leaves `matched`.
    expect(next.mismatched).toEqual([
      { id: "beds.phv_adult_total", expected: "110", actual: "109" },
      { id: "beds.tsb_total", expected: "20,5", actual: "" },
    ]);
    expect(next.matched).toEqual([]);
    expect(next.rows[3]).toMatchObject({ outcome: "not_kept", actual: "", overwritten: "20,5" });
    expect(next.filled).toEqual(["beds.phv_adult_hospital", "beds.phv_adult_dps"]);
    expect(pageChangedCount(result, changes)).toBe(2);
  });

  it("twin: the user's own change of a field the fill left alone is theirs: the row stays as the fill said", () => {
    const changes = late([["beds.phv_adult_total", { kind: "user", actual: "112" }]]);
    expect(lateResult(result, changes)).toEqual(result);
    expect(pageChangedCount(result, changes)).toBe(0);
  });
});

describe("what a change after the fill is", () => {
  const change = (actual: string, before = "", typed?: boolean) => ({ id: "x", actual, before, typed });

  it("the page's rewrites of the figure: truncated, rounded, digits without the comma, ×10, cleared", () => {
    const rewrites: [string, string][] = [
      ["86,1", "86"],
      ["111,3", "111"],
      ["20,5", "205"],
      ["3", "30"],
      ["0,5", "1"],
      ["1769.5", "1770"],
    ];
    for (const [expected, actual] of rewrites)
      expect([expected, actual, lateKind(expected, change(actual))]).toEqual([expected, actual, "rewrite"]);
    expect(lateKind("86,1", change("", "12"))).toBe("rewrite");
    expect(lateKind("Økt behov i DPS", change("Økt behov"))).toBe("rewrite");
  });

  it("the same figure reformatted is still the figure; the field's old value back is the page's reset", () => {
    const same: [string, string][] = [
      ["1769", "1 769"],
      ["1769", "1\u202f769"],
      ["38000", "38\u00a0000"],
      ["1769,5", "1.769,5"],
      ["86,1", "86,10"],
      ["86,1", "86.1"],
    ];
    for (const [expected, actual] of same)
      expect([expected, actual, lateKind(expected, change(actual))]).toEqual([expected, actual, "same"]);
    expect(lateKind("86,1", change("", ""))).toBe("page");
    expect(lateKind("86,1", change("12", "12"))).toBe("page");
  });

  it("a number shown so it can mean two figures, or abbreviated, is unreadable: neither same nor a rewrite", () => {
    const unsure: [string, string][] = [
      ["36.5", "36.500"],
      ["36500", "36.500"],
      ["1769", "1.769"],
      ["36500", "36,500"],
      ["5200", "5,2 k"],
      ["5,2", "5,2 k"],
    ];
    for (const [expected, actual] of unsure)
      expect([expected, actual, lateKind(expected, change(actual))]).toEqual([
        expected,
        actual,
        "unreadable",
      ]);
    // What we wrote with a comma says the page writes decimal commas: its "36.500" is 36 500 (B17).
    expect(lateKind("36,5", change("36.500"))).toBe("rewrite");
    expect(lateKind("36500,5", change("36.500,5"))).toBe("same");
  });

  it("typed by the user (a trusted input), or neither the figure nor a rewrite of it: the user's", () => {
    expect(lateKind("86,1", change("86", "", true))).toBe("user");
    expect(lateKind("86,1", change("", "", true))).toBe("user");
    expect(lateKind("86,1", change("92"))).toBe("user");
    expect(lateKind("Økt behov i DPS", change("Annen forklaring"))).toBe("user");
  });
});

describe("a fill whose page was loaded again after it was shown (B11)", () => {
  it("the stored fill is marked, so the late read-back reads it again; a check or a fill without snapshots is not", async () => {
    const { loadTabResult, markTabNavigated, saveTabResult } = await import(
      "../../../extension/storage/tab-results"
    );
    const fill = fillResult({ filled: ["beds.phv_adult_hospital"], undoAvailable: true });
    await saveTabResult(7, fill);
    await markTabNavigated(7);
    expect((await loadTabResult(7))?.navigatedAfterFill).toBe(true);
    await saveTabResult(8, { ...fill, undoAvailable: false });
    await markTabNavigated(8);
    expect((await loadTabResult(8))?.navigatedAfterFill).toBeUndefined();
    await saveTabResult(9, { ...fill, mode: "check" });
    await markTabNavigated(9);
    expect((await loadTabResult(9))?.navigatedAfterFill).toBeUndefined();
  });
});

describe("a page that starts loading another document while the fill is read back (CI, stop 18)", () => {
  const fill = fillResult({
    filled: ["beds.phv_adult_hospital"],
    mismatched: [],
    undoAvailable: true,
    rows: [{ ids: ["beds.phv_adult_hospital"], outcome: "filled", frameUrl: "u", expected: "46" }],
  });

  async function readBackWhile(executeScript: () => Promise<never>, status?: string) {
    const { createFakeBrowser, fakeHolder } = await import("./fake-browser");
    const { saveTabResult } = await import("../../../extension/storage/tab-results");
    const { saveUndo } = await import("../../../extension/storage/tab-state");
    const { verifyFill } = await import("../../../extension/background/verify-fill");
    fakeHolder.current = createFakeBrowser();
    fakeHolder.current.scripting.executeScript.mockImplementation(executeScript);
    if (status !== undefined)
      fakeHolder.current.tabs.get.mockImplementation(async (tabId: number) => ({
        id: tabId,
        url: fill.url,
        status,
      }));
    await saveTabResult(7, fill);
    await saveUndo(7, [{ frameId: 0, undoId: "u1" }]);
    return verifyFill({ type: "verify-fill", tabId: 7 });
  }

  it("a frame removed under the probe is a reload: the figure is not kept, not an error and not filled", async () => {
    const answer = await readBackWhile(() => Promise.reject(new Error("Frame with ID 0 was removed.")));
    expect(answer.result?.filled).toEqual([]);
    expect(answer.result?.mismatched).toEqual([
      { id: "beds.phv_adult_hospital", expected: "46", actual: "" },
    ]);
    expect(answer.result?.rows[0]?.outcome).toBe("not_kept");
    expect(answer.result?.undoAvailable).toBe(false);
  });
});

describe("a navigation noted while the late read-back starts (CI, the unforeseen reload test)", () => {
  const fill = fillResult({
    filled: ["beds.phv_adult_hospital"],
    mismatched: [],
    undoAvailable: true,
    // Long enough ago that the read-back follows no page for seconds: it reads at once.
    filledAt: Date.now() - 60_000,
    rows: [{ ids: ["beds.phv_adult_hospital"], outcome: "filled", frameUrl: "u", expected: "46" }],
  });

  async function started() {
    const { createFakeBrowser, fakeHolder } = await import("./fake-browser");
    const { saveTabResult } = await import("../../../extension/storage/tab-results");
    const { saveUndo } = await import("../../../extension/storage/tab-state");
    fakeHolder.current = createFakeBrowser();
    // The old document is gone: every frame the worker asks was removed.
    fakeHolder.current.scripting.executeScript.mockRejectedValue(new Error("Frame with ID 0 was removed."));
    await saveTabResult(7, fill);
    await saveUndo(7, [{ frameId: 0, undoId: "u1" }]);
    return fakeHolder.current;
  }

  it("the result is marked before the snapshots go: no stored state has neither", async () => {
    const fake = await started();
    const { noteTabNavigated } = await import("../../../extension/background/tab-navigated");
    const states: { undo: boolean; marked: boolean }[] = [];
    fake.storage.session.set.mockImplementation(async (items: Record<string, unknown>) => {
      Object.assign(fake.storage.session.data, structuredClone(items));
      const data = fake.storage.session.data as {
        tabState?: Record<string, { undo?: unknown[] }>;
        lastResults?: Record<string, { navigatedAfterFill?: boolean }>;
      };
      states.push({
        undo: (data.tabState?.["7"]?.undo?.length ?? 0) > 0,
        marked: data.lastResults?.["7"]?.navigatedAfterFill === true,
      });
    });
    await noteTabNavigated(7);
    expect(states.length).toBeGreaterThan(0);
    expect(states.filter((state) => !state.undo && !state.marked)).toEqual([]);
    expect(states.at(-1)).toEqual({ undo: false, marked: true });
  });

  it("a read-back started at any point of the navigation's bookkeeping never reports the figure filled", async () => {
    const { noteTabNavigated } = await import("../../../extension/background/tab-navigated");
    const { verifyFill } = await import("../../../extension/background/verify-fill");
    for (let ticks = 0; ticks < 12; ticks += 1) {
      await started();
      const noted = noteTabNavigated(7);
      for (let tick = 0; tick < ticks; tick += 1) await Promise.resolve();
      const answer = await verifyFill({ type: "verify-fill", tabId: 7 });
      await noted;
      expect(answer.result?.filled, `started after ${ticks} ticks`).toEqual([]);
      expect(answer.result?.rows[0]?.outcome, `started after ${ticks} ticks`).toBe("not_kept");
    }
  });
});

describe("undo clicked while the fill is read back (the review of round 8's F6–F8)", () => {
  const fill = fillResult({
    filled: ["beds.phv_adult_hospital"],
    mismatched: [],
    undoAvailable: true,
    filledAt: Date.now() - 60_000,
    rows: [{ ids: ["beds.phv_adult_hospital"], outcome: "filled", frameUrl: "u", expected: "46" }],
  });

  /** A tab whose frame answers the read-back's question as after undo (or a load) took its snapshots. */
  async function readBack(undone: boolean) {
    const { createFakeBrowser, fakeHolder } = await import("./fake-browser");
    const { saveTabResult, markTabNavigated } = await import("../../../extension/storage/tab-results");
    const { saveUndo, forgetTabState } = await import("../../../extension/storage/tab-state");
    const { verifyFill } = await import("../../../extension/background/verify-fill");
    fakeHolder.current = createFakeBrowser();
    fakeHolder.current.scripting.executeScript.mockImplementation(
      async (injection: { func?: { name?: string }; args?: unknown[]; files?: string[] }) => {
        if (injection.files) return [];
        if (injection.args?.[0] === "kept") {
          // What the worker's undo (undo-tab.ts) or a navigation (tab-navigated.ts) leaves behind.
          if (!undone) await markTabNavigated(7);
          await forgetTabState(7);
          return [{ frameId: 0, result: { changed: [], busy: false, stillMs: 60_000, unknown: true } }];
        }
        if (injection.args?.[0] === "putBack") return [{ frameId: 0, result: [] }];
        if (injection.args?.[0] === "reread") return [{ frameId: 0, result: {} }];
        return [{ frameId: 0, result: { url: fill.url, origin: fill.origin, children: [], said: {} } }];
      },
    );
    await saveTabResult(7, fill);
    await saveUndo(7, [{ frameId: 0, undoId: "u1" }]);
    return verifyFill({ type: "verify-fill", tabId: 7 });
  }

  it("is no reload: the figure stays as the fill reported it, undo's own summary says what it put back", async () => {
    const answer = await readBack(true);
    expect(answer.result?.filled).toEqual(["beds.phv_adult_hospital"]);
    expect(answer.result?.afterFill?.reloaded).toBeUndefined();
    expect(answer.result?.undoAvailable).toBe(true);
  });

  it("twin: a page loaded again meanwhile is still read as loaded again, never kept", async () => {
    const answer = await readBack(false);
    expect(answer.result?.filled).toEqual([]);
    expect(answer.result?.afterFill?.reloaded).toBe(true);
    expect(answer.result?.undoAvailable).toBe(false);
  });
});
