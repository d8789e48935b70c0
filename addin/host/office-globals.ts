import type { ExcelModel } from "./excel-model";
import { ModelError } from "./model-error";

/**
 * The `Excel` namespace as the add-in reaches it: `run`, and the string enums it may name.
 * Enum values are Office.js's own strings.
 */
export function excelNamespace(model: ExcelModel): Record<string, unknown> {
  return {
    run: (first: unknown, second?: (context: Excel.RequestContext) => Promise<unknown>) =>
      second
        ? model.run(first, second)
        : model.run(first as (context: Excel.RequestContext) => Promise<unknown>),
    SaveBehavior: { save: "Save", prompt: "Prompt" },
    EventSource: { local: "Local", remote: "Remote" },
    EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
    DataValidationOperator: {
      between: "Between",
      greaterThanOrEqualTo: "GreaterThanOrEqualTo",
      lessThanOrEqualTo: "LessThanOrEqualTo",
    },
    DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
    ErrorCodes: {
      itemNotFound: "ItemNotFound",
      propertyNotLoaded: "PropertyNotLoaded",
      apiNotFound: "ApiNotFound",
    },
    ModelError,
  };
}

/**
 * The `Office` namespace, as far as a task pane uses it at start-up: `onReady`, requirement sets,
 * display language, startup behaviour and the close prompt (recorded, since there is no Excel).
 */
export function officeNamespace(model: ExcelModel): Record<string, unknown> {
  const state = { startupBehavior: "None", closePromptEnabled: false };
  // Document settings live in the workbook; saveAsync keeps them (the model: at once).
  const settings = new Map<string, unknown>();
  const saved = new Map<string, unknown>();
  return {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    StartupBehavior: { none: "None", load: "Load" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: "nb-NO",
      document: {
        get url() {
          return model.host.documentUrl;
        },
        settings: {
          get: (name: string) => settings.get(name) ?? null,
          set: (name: string, value: unknown) => void settings.set(name, value),
          remove: (name: string) => void settings.delete(name),
          saveAsync: (callback?: (result: { status: string }) => void) => {
            for (const [name, value] of settings) saved.set(name, value);
            callback?.({ status: "succeeded" });
          },
        },
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => model.isSetSupported(name, version),
      },
    },
    actions: { associate: () => {} },
    addin: {
      setStartupBehavior: async (behavior: string) => {
        state.startupBehavior = behavior;
      },
      getStartupBehavior: async () => state.startupBehavior,
      showAsTaskpane: async () => {},
      beforeDocumentCloseNotification: {
        enable: async () => {
          state.closePromptEnabled = true;
        },
        disable: async () => {
          state.closePromptEnabled = false;
        },
        onCloseActionCancelled: async () => () => {},
      },
    },
    modelState: state,
    savedSettings: saved,
  };
}
