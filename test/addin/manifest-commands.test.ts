import { afterEach, describe, expect, it, vi } from "vitest";
import type { WorkbookAdapter } from "../../addin/adapter/workbook-adapter";
import { fromOwnPage } from "../../addin/commands/ask-in-dialog";
import { AUTO_SHOW, createClosePrompt, onceTemplatesFound } from "../../addin/commands/office-runtime";
import { registerCommands } from "../../addin/commands/register-commands";
import { newExcelModel } from "../../addin/host/new-excel-model";

let uninstall = () => {};

afterEach(() => {
  uninstall();
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>).validateAndSave;
});

/** Office as a modelled host has it: requirement sets of Microsoft's tables, document settings. */
function installHost(host: "web" | "office2021" | "office2019") {
  const model = newExcelModel({ host });
  uninstall = model.installGlobals();
  const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
  return { model, office };
}

describe("the ribbon command is found on every host (the manifest's FunctionName)", () => {
  it("is associated and also a global", () => {
    const { office } = installHost("web");
    const associated = new Map<string, unknown>();
    office.actions = { associate: (name: string, action: unknown) => associated.set(name, action) };
    registerCommands({} as WorkbookAdapter);
    expect(typeof associated.get("validateAndSave")).toBe("function");
    expect((globalThis as Record<string, unknown>).validateAndSave).toBe(associated.get("validateAndSave"));
  });
});

describe("dialog messages (DialogOrigin 1.1)", () => {
  it("takes an answer only from the add-in's own origin where the host says where it came from", () => {
    installHost("web");
    vi.stubGlobal("window", { location: { origin: "https://rapport.example" } });
    expect(fromOwnPage({ message: "save", origin: "https://rapport.example" })).toBe(true);
    expect(fromOwnPage({ message: "save", origin: "https://evil.example" })).toBe(false);
    expect(fromOwnPage({ message: "save", origin: undefined })).toBe(false);
    expect(fromOwnPage({ error: 12006 })).toBe(false);
  });

  it("takes it as before on hosts without DialogOrigin, which open dialogs on the add-in's domain only", () => {
    installHost("office2021");
    vi.stubGlobal("window", { location: { origin: "https://rapport.example" } });
    expect(fromOwnPage({ message: "save", origin: undefined })).toBe(true);
  });
});

describe("loading and opening with the document only where templates are", () => {
  it("asks nothing of a workbook without templates", () => {
    const { office } = installHost("web");
    const found = onceTemplatesFound();
    found([]);
    expect((office.modelState as { startupBehavior: string }).startupBehavior).toBe("None");
    expect((office.savedSettings as Map<string, unknown>).has(AUTO_SHOW)).toBe(false);
  });

  it("in a template workbook asks to load with it and tags it to open the pane, once", async () => {
    const { office } = installHost("web");
    const found = onceTemplatesFound();
    found(["beds"]);
    found(["beds"]);
    await Promise.resolve();
    expect((office.modelState as { startupBehavior: string }).startupBehavior).toBe("Load");
    expect((office.savedSettings as Map<string, unknown>).get(AUTO_SHOW)).toBe(true);
  });

  it("on Office 2019 (no shared runtime) only tags the workbook", async () => {
    const { office } = installHost("office2019");
    onceTemplatesFound()(["beds"]);
    await Promise.resolve();
    expect((office.modelState as { startupBehavior: string }).startupBehavior).toBe("None");
    expect((office.savedSettings as Map<string, unknown>).get(AUTO_SHOW)).toBe(true);
  });
});

describe("the close prompt needs SharedRuntime 1.2 (web, Windows 2108+, Mac 16.52+, Excel 2024; not Office 2021)", () => {
  it.each([
    ["web", true],
    ["office2021", false],
    ["office2019", false],
  ] as const)("on %s: %s", (host, has) => {
    installHost(host);
    expect(createClosePrompt() !== undefined).toBe(has);
  });
});
