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
  /** Highest ExcelApi version, e.g. "1.7" for volume-licensed Office 2019, "1.20" for Microsoft 365. */
  excelApi: string;
  /** Other sets (SharedRuntime, DialogOrigin…) by highest version; keys in lower case. */
  sets: Record<string, string>;
}

/** A host as Microsoft's requirement-set tables list it. */
export interface HostProfile extends HostApi {
  label: string;
}

const M365_SETS = {
  sharedruntime: "1.2",
  dialogapi: "1.2",
  dialogorigin: "1.1",
  ribbonapi: "1.1",
  addincommands: "1.3",
};

/**
 * The hosts the add-in meets, with the sets Microsoft's tables give them: ExcelApi from "Excel
 * JavaScript API requirement sets" (1.20 on the web, Windows 2509+, Mac 16.100+; 1.17 in Office 2024;
 * 1.14 in Office 2021), SharedRuntime from "Shared runtime requirement sets" (1.2 on the web, Windows
 * 2108+, Mac 16.52+ and Excel 2024; Office 2021 stops at 1.1; volume-licensed Office 2019 has none),
 * DialogOrigin 1.1 from "Dialog Origin requirement sets" (Microsoft 365 only is assumed here).
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 */
export const HOSTS = {
  web: { label: "Excel on the web", excelApi: "1.20", sets: M365_SETS },
  windows365: { label: "Excel for Microsoft 365 on Windows", excelApi: "1.20", sets: M365_SETS },
  mac365: { label: "Excel for Microsoft 365 on Mac", excelApi: "1.20", sets: M365_SETS },
  office2024: {
    label: "Excel 2024 (volume-licensed)",
    excelApi: "1.17",
    sets: { sharedruntime: "1.2", dialogapi: "1.2", ribbonapi: "1.1", addincommands: "1.3" },
  },
  office2021: {
    label: "Excel 2021 (volume-licensed)",
    excelApi: "1.14",
    sets: { sharedruntime: "1.1", dialogapi: "1.2", ribbonapi: "1.1", addincommands: "1.3" },
  },
  office2019: {
    label: "Excel 2019 (volume-licensed)",
    excelApi: "1.7",
    sets: { dialogapi: "1.1", addincommands: "1.1" },
  },
} as const satisfies Record<string, HostProfile>;

export type HostName = keyof typeof HOSTS;

/**
 * The host of Microsoft's tables for an ExcelApi level alone (`excelApi`-only options): above Office
 * 2024's 1.17 only Microsoft 365 builds, else the newest volume-licensed Office that reaches it.
 */
export function hostOfExcelApi(excelApi: string): HostProfile {
  const order: HostName[] = ["office2024", "office2021", "office2019"];
  const found =
    compareVersions(excelApi, HOSTS.office2024.excelApi) > 0
      ? "web"
      : (order.find((name) => compareVersions(HOSTS[name].excelApi, excelApi) <= 0) ?? "office2019");
  return { ...HOSTS[found], excelApi };
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
