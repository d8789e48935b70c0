import type { Capabilities } from "./workbook-adapter";

/** `Office.context.requirements.isSetSupported`, or a stand-in for tests. */
export type IsSetSupported = (name: string, version?: string) => boolean;

/** What the adapter checks besides the capabilities the pane shows. */
export interface HostExtras {
  sheetsEvent: boolean; // ExcelApi 1.9
  xmlParts: boolean; // ExcelApi 1.5
  resolveComments: boolean; // ExcelApi 1.12
  enableEvents: boolean; // ExcelApi 1.8
}

/**
 * What this Excel can do, checked at run time (docs/addin.md): volume-licensed Office 2019 stops at
 * ExcelApi 1.7, so no data validation, comments or notes there.
 */
export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities & HostExtras {
  const has = (version: string) => isSetSupported("ExcelApi", version);
  return {
    dataValidation: has("1.8"),
    comments: has("1.10"),
    notes: has("1.18"),
    changeSource: has("1.14"),
    save: has("1.11"),
    sheetsEvent: has("1.9"),
    xmlParts: has("1.5"),
    resolveComments: has("1.12"),
    enableEvents: has("1.8"),
  };
}
