import { afterEach, describe, expect, it, vi } from "vitest";
import { createClosePrompt, startWithDocument } from "../../../addin/commands/office-runtime";
import { registerCommands } from "../../../addin/commands/register-commands";
import { validateAndSave } from "../../../addin/commands/validate-and-save";
import type { Report } from "../../../shared/report/report";
import { fakeAdapter } from "./fake-adapter";
import { workbookNames } from "./pane-fixtures";

/** A stand-in for Office.js with the requirement sets this test says it has. */
function fakeOffice(sets: Record<string, string>) {
  const calls = {
    startup: [] as string[],
    close: [] as string[],
    dialogs: [] as string[],
    associated: new Map<string, unknown>(),
  };
  let answer = "cancel";
  const office = {
    StartupBehavior: { load: "Load" },
    AsyncResultStatus: { Succeeded: "succeeded" },
    EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
    context: {
      requirements: { isSetSupported: (name: string, version: string) => (sets[name] ?? "0") >= version },
      ui: {
        displayDialogAsync(url: string, _options: unknown, done: (result: unknown) => void) {
          calls.dialogs.push(url);
          const handlers = new Map<string, (arg: unknown) => void>();
          const dialog = {
            addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
            close() {},
          };
          done({ status: "succeeded", value: dialog });
          setTimeout(() => handlers.get("message")?.({ message: answer }), 0);
        },
      },
    },
    actions: { associate: (name: string, action: unknown) => calls.associated.set(name, action) },
    addin: {
      setStartupBehavior: async (value: string) => void calls.startup.push(value),
      beforeDocumentCloseNotification: {
        enable: async () => void calls.close.push("enable"),
        disable: async () => void calls.close.push("disable"),
      },
    },
  };
  vi.stubGlobal("Office", office);
  return { calls, answerWith: (text: string) => (answer = text) };
}

const report = (ok: boolean) => ({ ok }) as Report;

afterEach(() => vi.unstubAllGlobals());

describe("validateAndSave", () => {
  it("saves a clean workbook without asking", async () => {
    const { adapter, calls } = fakeAdapter({ names: workbookNames(["beds"]) });
    const ask = vi.fn(async () => true);
    expect(await validateAndSave(adapter, ask)).toMatchObject({ saved: true, errors: 0 });
    expect(ask).not.toHaveBeenCalled();
    expect(calls.saves).toBe(1);
  });

  it("with errors asks, and saves only when confirmed", async () => {
    const { adapter, calls } = fakeAdapter({
      names: workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }),
    });
    expect(await validateAndSave(adapter, async () => false)).toMatchObject({ saved: false, errors: 1 });
    expect(calls.saves).toBe(0);
    expect(await validateAndSave(adapter, async (errors) => errors === 1)).toMatchObject({ saved: true });
    expect(calls.saves).toBe(1);
  });
});

describe("runtime: start with the document and the close prompt", () => {
  it("asks to load with the document where SharedRuntime 1.1 exists", async () => {
    const { calls } = fakeOffice({ SharedRuntime: "1.2" });
    expect(await startWithDocument()).toEqual([]);
    expect(calls.startup).toEqual(["Load"]);
  });

  it("says it cannot where SharedRuntime is missing, and has no close prompt", async () => {
    const { calls } = fakeOffice({ ExcelApi: "1.7" });
    expect(await startWithDocument()).toEqual(["startupUnavailable"]);
    expect(calls.startup).toEqual([]);
    expect(createClosePrompt()).toBeUndefined();
  });

  it("arms the close prompt while invalid and disarms it when clean, only on changes", async () => {
    const { calls } = fakeOffice({ SharedRuntime: "1.2" });
    const prompt = createClosePrompt();
    for (const ok of [true, false, false, true, true]) prompt?.update(report(ok));
    await Promise.resolve();
    expect(calls.close).toEqual(["enable", "disable"]);
  });
});

describe("ribbon command", () => {
  it("registers validateAndSave; with errors it asks in the dialog and saves when told to", async () => {
    const office = fakeOffice({ SharedRuntime: "1.2" });
    const { adapter, calls } = fakeAdapter({
      names: workbookNames(["beds"], { "beds.phv_adult_hospital": 41 }),
    });
    registerCommands(adapter);
    const command = office.calls.associated.get("validateAndSave") as (event: {
      completed(): void;
    }) => Promise<void>;
    const completed = vi.fn();
    await command({ completed });
    expect(office.calls.dialogs[0]).toMatch(/commands\.html\?errors=1&lang=nb$/);
    expect(calls.saves).toBe(0);
    expect(completed).toHaveBeenCalledTimes(1);
    office.answerWith("save");
    await command({ completed });
    expect(calls.saves).toBe(1);
    expect(completed).toHaveBeenCalledTimes(2);
  });
});
