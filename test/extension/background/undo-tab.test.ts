import { beforeEach, describe, expect, it, vi } from "vitest";
import { undoTab } from "../../../extension/background/undo-tab";
import { loadUndo, saveUndo } from "../../../extension/storage/tab-state";
import { createFakeBrowser, type FakeBrowser, fakeHolder } from "./fake-browser";

vi.mock("webextension-polyfill", async () => ({ default: (await import("./fake-browser")).browserProxy }));

const ORIGIN = "https://intranett.example.no";
const URLS: Record<number, string> = {
  0: `${ORIGIN}/skjema/1`,
  3: `${ORIGIN}/skjema/a`,
  4: `${ORIGIN}/skjema/b`,
};
let fake: FakeBrowser;

/**
 * A tab whose frames (ids of URLS) keep fills' snapshots as the content script does: each undo id
 * names the fields it wrote and what they held before; undo puts them back and forgets the id.
 * `broken` frames answer the probe but reject the injection (removed meanwhile, a page that
 * refuses the script), `erring` ones answer an error, `gone` ones answer nothing.
 */
function tab(
  fields: Record<string, string>,
  snapshots: Record<string, Record<string, string>>,
  trouble: { broken?: number[]; erring?: number[]; gone?: number[] } = {},
) {
  const asked: Array<{ frameId: number; undoId: string }> = [];
  fake.scripting.executeScript.mockImplementation(async (details: object) => {
    const { args, files, target } = details as {
      args?: unknown[];
      files?: string[];
      target: { frameIds?: number[] };
    };
    const ids = (target.frameIds ?? Object.keys(URLS).map(Number)).filter(
      (id) => !trouble.gone?.includes(id),
    );
    if (target.frameIds && ids.some((id) => trouble.broken?.includes(id)))
      throw new Error(`No frame with id ${ids[0]}.`);
    if (files) return ids.map((frameId) => ({ frameId, result: null }));
    if (!args)
      return ids.map((frameId) => ({
        frameId,
        result: { url: URLS[frameId], origin: ORIGIN, children: [] },
      }));
    return ids.map((frameId) => {
      if (trouble.erring?.includes(frameId)) return { frameId, result: { error: "engine_missing" } };
      const undoId = String((args[1] as { undoId: string }).undoId);
      asked.push({ frameId, undoId });
      const before = snapshots[undoId];
      if (!before)
        return { frameId, result: { frameUrl: URLS[frameId], restored: [], failed: [], unknown: true } };
      delete snapshots[undoId];
      Object.assign(fields, before);
      return { frameId, result: { frameUrl: URLS[frameId], restored: Object.keys(before), failed: [] } };
    });
  });
  return asked;
}

beforeEach(() => {
  fake = createFakeBrowser();
  fakeHolder.current = fake;
});

describe("undo-tab", () => {
  it("one frame failing does not stop the others: they are restored, it is named, and its snapshot kept for another try", async () => {
    const fields = { a: "5", b: "7", c: "9" };
    await saveUndo(7, [
      { frameId: 0, undoId: "top" },
      { frameId: 3, undoId: "left" },
      { frameId: 4, undoId: "right" },
    ]);
    const snapshots = { top: { a: "" }, left: { b: "" }, right: { c: "1" } };
    tab(fields, snapshots, { broken: [3] });
    const first = await undoTab({ type: "undo-tab", tabId: 7 });
    expect(first).toMatchObject({ restored: ["c", "a"], failed: [], nothing: false });
    expect(first.frameErrors).toEqual([`${URLS[3]}: No frame with id 3.`]);
    expect(fields).toEqual({ a: "", b: "7", c: "1" });
    expect(await loadUndo(7)).toEqual([{ frameId: 3, undoId: "left" }]);
    // The user tries again once the frame answers: only its fill is put back.
    const asked = tab(fields, snapshots);
    const second = await undoTab({ type: "undo-tab", tabId: 7 });
    expect(asked).toEqual([{ frameId: 3, undoId: "left" }]);
    expect(second).toEqual({ restored: ["b"], failed: [], kept: [], nothing: false });
    expect(fields).toEqual({ a: "", b: "", c: "1" });
    expect(await loadUndo(7)).toEqual([]);
  });

  it("a frame that answers an error, or is not reached, is named and kept too", async () => {
    await saveUndo(7, [
      { frameId: 0, undoId: "top" },
      { frameId: 3, undoId: "left" },
      { frameId: 4, undoId: "right" },
    ]);
    tab({}, { top: { a: "" }, left: { b: "" }, right: { c: "" } }, { erring: [3], gone: [4] });
    const undone = await undoTab({ type: "undo-tab", tabId: 7 });
    expect(undone).toMatchObject({ restored: ["a"], nothing: false });
    expect(undone.frameErrors).toEqual(["frame 4: not_reached", `${URLS[3]}: engine_missing`]);
    expect(await loadUndo(7)).toEqual([
      { frameId: 3, undoId: "left" },
      { frameId: 4, undoId: "right" },
    ]);
  });

  it("two fills' snapshots of one field in a frame: the last is undone first, so the field ends as before both", async () => {
    const fields = { a: "8" };
    // Round one wrote 5 over "", round two 8 over the 5.
    await saveUndo(7, [
      { frameId: 0, undoId: "one" },
      { frameId: 0, undoId: "two" },
    ]);
    const asked = tab(fields, { one: { a: "" }, two: { a: "5" } });
    expect(await undoTab({ type: "undo-tab", tabId: 7 })).toMatchObject({ nothing: false });
    expect(asked.map((call) => call.undoId)).toEqual(["two", "one"]);
    expect(fields).toEqual({ a: "" });
  });

  it("twin: every frame answering restores all and forgets the snapshots; a page loaded since has nothing", async () => {
    const fields = { a: "5", b: "7" };
    await saveUndo(7, [
      { frameId: 0, undoId: "top" },
      { frameId: 3, undoId: "left" },
    ]);
    tab(fields, { top: { a: "" }, left: { b: "" } });
    const undone = await undoTab({ type: "undo-tab", tabId: 7 });
    expect({ ...undone, restored: [...undone.restored].sort() }).toEqual({
      restored: ["a", "b"],
      failed: [],
      kept: [],
      nothing: false,
    });
    expect(fields).toEqual({ a: "", b: "" });
    expect(await loadUndo(7)).toEqual([]);
    await saveUndo(7, [{ frameId: 0, undoId: "reloaded" }]);
    tab(fields, {});
    expect(await undoTab({ type: "undo-tab", tabId: 7 })).toEqual({
      restored: [],
      failed: [],
      kept: [],
      nothing: true,
    });
    expect(await loadUndo(7)).toEqual([]);
  });
});
