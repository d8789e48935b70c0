import { afterEach, describe, expect, it, vi } from "vitest";
import { createOfficeAdapter } from "../../addin/adapter/office-adapter";
import { bootTaskPane } from "../../addin/commands/boot-pane";
import { AUTO_SHOW } from "../../addin/commands/office-runtime";
import type { ExcelModel } from "../../addin/host/excel-model";
import { loadExcelModel } from "../../addin/host/load-excel-model";
import { newExcelModel } from "../../addin/host/new-excel-model";
import { templateBytes } from "./host/template-bytes";

let uninstall = () => {};
afterEach(() => {
  uninstall();
  document.body.innerHTML = "";
});

async function boot(model: ExcelModel) {
  uninstall = model.installGlobals();
  const root = document.createElement("div");
  document.body.append(root);
  await bootTaskPane(root, createOfficeAdapter());
  const office = (globalThis as unknown as { Office: { modelState: { startupBehavior: string } } }).Office;
  return { office, settings: (office as unknown as { savedSettings: Map<string, unknown> }).savedSettings };
}

describe("the task pane's start (the page the manifest names)", () => {
  it("in a template workbook, asks Excel to load the add-in and open the pane with it once the first read sees templates", async () => {
    const { office, settings } = await boot(await loadExcelModel(await templateBytes(["beds"])));
    await vi.waitFor(() => expect(office.modelState.startupBehavior).toBe("Load"));
    expect(settings.get(AUTO_SHOW)).toBe(true);
    expect((globalThis as { hsoModulesRan?: boolean }).hsoModulesRan).toBe(true);
  });

  it("in a workbook without templates, asks for neither", async () => {
    const model = newExcelModel();
    const { office, settings } = await boot(model);
    // The pane's first pass has read the workbook (a fresh model starts at no round trips).
    await vi.waitFor(() => expect(model.roundTrips).toBeGreaterThan(0));
    expect(office.modelState.startupBehavior).toBe("None");
    expect(settings.has(AUTO_SHOW)).toBe(false);
  });
});
