import { joinWords, type Lang } from "../../shared/messages/lang";
import { TEMPLATE_IDS, templateIdList, templateName } from "../../shared/templates/catalogue";
import type { CliWords } from "./cli-words";

/** The templates by name, derived from the catalogue: a new template needs no word here. */
const names = (lang: Lang) =>
  joinWords(
    TEMPLATE_IDS.map((id) => templateName(id, lang).toLocaleLowerCase(lang)),
    lang,
  );

const USAGE = `hso-report – reporting tools for Helse Sør-Øst (${names("en")})

Usage:
  hso-report template <templates…> --unit <org. no.> --year <year> [--previous <package>] [--no-auto-open] --out <file.xlsx>
      Writes a fillable workbook (${templateIdList("en")}) with names, rules and last year's figures.
  hso-report validate <files or folders…> [--previous <packages>] [--json]
      Checks workbooks (.xlsx) and packages (.hso.json).
  hso-report export <file.xlsx> [--out <package>]
      Writes the package (.hso.json); refused while errors remain.
  hso-report aggregate <files or folders…> --field <field id> [--out <xlsx|csv>] [--json]
      The regional table: unit × year with totals and change.
  hso-report status <folders…> --year <year> [--json]
      Who has sent what: unit × template, missing / errors / warnings / ready.
  hso-report report <folders…> --year <year> --out <file.html>
      The board paper's status section from packages: tables and charts in one HTML file.
  hso-report watch <folder>
      Checks each workbook whenever it is saved, one line per save.
  hso-report fields <template> [--json]
      The field catalogue: id, labels, type, unit, bounds.

Common options:
  --lang nb|en   language of messages (default nb)
  --help         this text

Exit codes: 0 clean, 1 errors found, 2 unusable input or wrong usage.`;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** English: the command line's second language (`--lang en`). */
export const EN_WORDS: CliWords = {
  usage: USAGE,
  severity: { error: "error", warning: "warning", info: "info" },
  counts: (errors, warnings) =>
    `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}`,
  clean: "OK",
  unusable: "unusable",
  summary: (files, withErrors, unusable) =>
    `${plural(files, "file", "files")} checked: ${withErrors} with errors, ${unusable} unusable.`,
  progress: (done, total) => `Checking ${done}/${total} …`,
  exported: (file) => `Package written: ${file}`,
  exportRefused: (errors) => `No package written: ${plural(errors, "error", "errors")} to fix first.`,
  templateWritten: (file, sheets) => `Workbook written: ${file} (${sheets})`,
  watchLine: (time, file, result) => `${time}  ${file}: ${result}`,
  watchFolderGone: (folder) => `The folder ${folder} is gone; waiting for it to come back.`,
  watchFolderBack: (folder) => `The folder ${folder} is back; watching again.`,
  watching: (folder) => `Watching ${folder}: saved workbooks are checked. Ctrl+C stops.`,
  total: "Total",
  change: "Change",
  needsExplanation: "needs an explanation",
  explained: "explained",
  unitHeading: "Unit",
  planColumn: (p) => `Plan of ${p.madeIn} (planned for ${p.plannedFor})`,
  orgHeading: "Org. no.",
  flagHeading: "Note",
  aggregateWritten: (file) => `Table written: ${file}`,
  conflict: (p) =>
    `Two packages for ${p.unit} ${p.year} disagree (${p.other} and ${p.used}); ${p.used} is used.`,
  fieldsHeading: "Field id\tNorwegian\tEnglish\tType\tUnit\tBounds",
  failures: {
    unknownCommand: (p) => `Unknown command "${p.command}". See hso-report --help.`,
    missingCommand: () => "No command given. See hso-report --help.",
    badOption: (p) => `Invalid option: ${p.detail}. See hso-report --help.`,
    missingOption: (p) => `The option ${p.option} is required.`,
    missingArgument: (p) => `Missing ${p.what}.`,
    badLang: (p) => `Unknown language "${p.lang}"; use nb or en.`,
    unknownTemplate: (p) => `Unknown template "${p.template}"; the templates are ${templateIdList("en")}.`,
    badUnit: (p) => `"${p.unit}" is not a valid organisation number.`,
    unknownUnit: (p) => `Organisation number ${p.unit} is not a known reporting unit of Helse Sør-Øst.`,
    badYear: (p) => `"${p.year}" is not a valid reporting year (2000–2100).`,
    previousMismatch: (p) =>
      `Last year's package is for ${p.org} in ${p.year}, but the template needs ${p.expectedOrg} in ${p.expectedYear}.`,
    previousConflict: (p) =>
      `Last year's packages ${p.first} and ${p.second} are both for ${p.org} ${p.year} but hold different figures; neither is used. Give only the right one with --previous.`,
    outNotXlsx: (p) => `The output file "${p.file}" must end in .xlsx.`,
    outIsInput: (p) => `The output file "${p.file}" is also an input; it is not overwritten.`,
    notFound: (p) => `Cannot find "${p.file}".`,
    unreadable: (p) => `Cannot read "${p.file}" (${p.detail}).`,
    notWritten: (p) =>
      `Cannot write "${p.file}" (${p.detail}); does the folder exist, and may you write in it?`,
    emptyFile: () => "The file is empty.",
    noAccess: (p) => `No access to "${p.file}" (read permission missing); it is skipped.`,
    symlinkSkipped: () =>
      "A symbolic link is not followed when a folder is walked (it may lead out of the folder); name the file it points to directly.",
    notWorkbook: () => "The file is not an Excel workbook (.xlsx).",
    encrypted: () =>
      "The workbook is protected with a password (encrypted) and cannot be read; remove the password (File → Info → Protect Workbook) and save again.",
    odsFormat: () =>
      "The file is an OpenDocument spreadsheet (.ods), which is not read; save it as an Excel workbook (.xlsx) in LibreOffice (File → Save As).",
    xlsFormat: () =>
      "The file is in the old Excel format (.xls), which is not read; save it as an Excel workbook (.xlsx).",
    corruptWorkbook: (p) => `The workbook is damaged: its part "${p.part}" does not unpack as it claims.`,
    partTooLarge: (p) =>
      `The workbook is too large to check: its part "${p.part}" is ${p.megabytes} MB unpacked (the limit is 32 MB).`,
    sheetTooLarge: (p) =>
      `The sheet "${p.sheet}" is too large to check (${p.rows} rows; the limit is 100,000). Move other data to a file of its own.`,
    notTemplate: () =>
      "The workbook holds no template fields (no defined names such as beds.* or staffing.*).",
    notSupported: (p) => `"${p.file}" is neither a workbook (.xlsx) nor a package (.hso.json).`,
    badPackage: (p) => `Package refused: ${p.reason}`,
    noUnit: () => "The workbook lacks a valid organisation number or year.",
    unknownField: (p) => `Unknown field "${p.field}". See hso-report fields beds.`,
    badOutFormat: (p) => `The output file "${p.file}" must end in .xlsx or .csv.`,
    notAFolder: (p) => `"${p.folder}" is not a folder.`,
    notPackage: (p) => `"${p.file}" is not a package (.hso.json); make one with hso-report export.`,
    noFiles: (p) => `No workbooks or packages found in ${p.where}.`,
    unexpected: (p) => `Unexpected error: ${p.detail}`,
  },
};
