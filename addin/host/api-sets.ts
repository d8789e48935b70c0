import { ModelError } from "./model-error";

/** Compares requirement-set versions numerically ("1.10" is newer than "1.9"). */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** The requirement sets a modelled host supports: ExcelApi up to `excelApi`, others by name. */
export interface HostApi {
  /** Highest ExcelApi version, e.g. "1.7" for volume-licensed Office 2019, "1.18" for Microsoft 365. */
  excelApi: string;
  /** Other sets (SharedRuntime, RibbonApi…) by highest version; keys compared case-insensitively. */
  sets: Record<string, string>;
}

/**
 * The other sets a host of that ExcelApi level has: Microsoft 365 (ExcelApi 1.11 and up) runs a
 * shared runtime and ribbon API; volume-licensed Office 2019 has add-in commands and dialogs only.
 */
export function defaultSets(excelApi: string): Record<string, string> {
  return compareVersions(excelApi, "1.11") >= 0
    ? { sharedruntime: "1.2", ribbonapi: "1.1", dialogapi: "1.2", addincommands: "1.1" }
    : { addincommands: "1.1", dialogapi: "1.1" };
}

/** `Office.context.requirements.isSetSupported` for the modelled host. */
export function isSetSupported(api: HostApi, name: string, version = "1.1"): boolean {
  const key = name.toLowerCase();
  const highest = key === "excelapi" ? api.excelApi : api.sets[key];
  return highest !== undefined && compareVersions(version, highest) <= 0;
}

/** Throws Excel's `ApiNotFound` when a feature needs a newer ExcelApi than the host has. */
export function requireApi(api: HostApi, version: string, feature: string): void {
  if (!isSetSupported(api, "ExcelApi", version)) {
    throw new ModelError(
      "ApiNotFound",
      `${feature} needs ExcelApi ${version}; this host supports ${api.excelApi}.`,
      feature,
    );
  }
}
