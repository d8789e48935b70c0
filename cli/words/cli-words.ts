/** Every word the command line says that is not an issue or package message (those come from shared/messages). */
export interface CliWords {
  usage: string;
  severity: Record<"error" | "warning" | "info", string>;
  counts: (errors: number, warnings: number) => string;
  clean: string;
  unusable: string;
  summary: (files: number, withErrors: number, unusable: number) => string;
  progress: (done: number, total: number) => string;
  exported: (file: string) => string;
  exportRefused: (errors: number) => string;
  templateWritten: (file: string, sheets: string) => string;
  watching: (folder: string) => string;
  watchLine: (time: string, file: string, result: string) => string;
  watchFolderGone: (folder: string) => string;
  watchFolderBack: (folder: string) => string;
  total: string;
  change: string;
  needsExplanation: string;
  explained: string;
  unitHeading: string;
  /** A planned figure's column: the year the plan was made and the year it plans for. */
  planColumn: (p: { madeIn: number; plannedFor: number }) => string;
  orgHeading: string;
  flagHeading: string;
  aggregateWritten: (file: string) => string;
  /** Two packages for one unit and year disagree; the later one is used. */
  conflict: (p: { unit: string; year: string; used: string; other: string }) => string;
  fieldsHeading: string;
  failures: CliFailureWords;
}

/** Why a command could not run or a file could not be used: one line each, never a stack trace. */
export interface CliFailureWords {
  unknownCommand: (p: { command: string }) => string;
  missingCommand: () => string;
  badOption: (p: { detail: string }) => string;
  missingOption: (p: { option: string }) => string;
  missingArgument: (p: { what: string }) => string;
  badLang: (p: { lang: string }) => string;
  unknownTemplate: (p: { template: string }) => string;
  badUnit: (p: { unit: string }) => string;
  unknownUnit: (p: { unit: string }) => string;
  badYear: (p: { year: string }) => string;
  previousMismatch: (p: { org: string; year: string; expectedOrg: string; expectedYear: string }) => string;
  /** Two `--previous` packages of one unit, year and template with different figures. */
  previousConflict: (p: { org: string; year: string; first: string; second: string }) => string;
  outNotXlsx: (p: { file: string }) => string;
  outIsInput: (p: { file: string }) => string;
  notFound: (p: { file: string }) => string;
  unreadable: (p: { file: string; detail: string }) => string;
  notWritten: (p: { file: string; detail: string }) => string;
  emptyFile: () => string;
  noAccess: (p: { file: string }) => string;
  symlinkSkipped: () => string;
  notWorkbook: () => string;
  encrypted: () => string;
  odsFormat: () => string;
  xlsFormat: () => string;
  corruptWorkbook: (p: { part: string }) => string;
  partTooLarge: (p: { part: string; megabytes: string }) => string;
  sheetTooLarge: (p: { sheet: string; rows: string }) => string;
  notTemplate: () => string;
  notSupported: (p: { file: string }) => string;
  badPackage: (p: { reason: string }) => string;
  noUnit: () => string;
  unknownField: (p: { field: string }) => string;
  badOutFormat: (p: { file: string }) => string;
  notAFolder: (p: { folder: string }) => string;
  notPackage: (p: { file: string }) => string;
  noFiles: (p: { where: string }) => string;
  unexpected: (p: { detail: string }) => string;
}
