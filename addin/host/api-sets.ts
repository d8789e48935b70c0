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

/** The requirement sets a modelled host supports: ExcelApi up to `excelApi`, nothing else. */
export interface HostApi {
  /** Highest ExcelApi version, e.g. "1.7" for volume-licensed Office 2019, "1.18" for Microsoft 365. */
  excelApi: string;
}

/** `Office.context.requirements.isSetSupported` for the modelled host. */
export function isSetSupported(api: HostApi, name: string, version = "1.1"): boolean {
  return name.toLowerCase() === "excelapi" && compareVersions(version, api.excelApi) <= 0;
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
