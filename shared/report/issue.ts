import type { ParamKind, ParamsOf } from "./param-kinds";

/** Altinn's severity words: an error blocks export, a warning does not, info only informs. */
export type Severity = "error" | "warning" | "info";

/**
 * Every issue code the rules can raise, with the kind of each of its parameters (zod's way: one
 * shape per issue type). The kind decides how a message shows the value (`field` → the field's
 * label, `fields` → a list of labels, `figure` → a number written the language's way, `text` →
 * outside text made printable), and the types below are derived from it, so the words for every
 * code are checked by the compiler and a raw field id cannot reach a message.
 */
export const ISSUE_PARAMS = {
  // `sheet` and `cell`: where the template puts the name, so the user knows which cell to name again.
  name_missing: { name: "name", sheet: "name", cell: "name" },
  required_missing: {},
  total_part_missing: { total: "field" },
  value_missing: {},
  cell_error: { error: "name" },
  // `textFormat`: the cell's format when it is Text (`@`), where typing the figure again keeps it text;
  // "" otherwise (and in packages). The words then say to set the cell's format to Number first.
  not_a_number: { text: "text", reason: "reason", textFormat: "name" },
  number_as_text: { text: "text", value: "figure", textFormat: "name" },
  number_as_text_not_summed: { text: "text", value: "figure", total: "field", textFormat: "name" },
  // A part or whole of a share stored as text: the sheet's formula leaves the share blank (COUNT skips
  // text), so a package would hold a share the workbook does not show.
  number_as_text_not_in_share: { text: "text", value: "figure", share: "field", textFormat: "name" },
  below_min: { value: "figure", min: "figure" },
  above_max: { value: "figure", max: "figure" },
  // A computed share outside its bounds while no part-whole error explains it: named with the inputs it
  // is computed from and their cells (`Aktivitet!C12`; "" outside a workbook), since its own cell is
  // a locked formula that cannot be fixed where it is.
  share_out_of_range: {
    value: "figure",
    min: "figure",
    max: "figure",
    part: "field",
    whole: "field",
    partCell: "name",
    wholeCell: "name",
  },
  not_half_step: { value: "figure" },
  not_integer: { value: "figure" },
  too_many_decimals: { value: "figure", decimals: "count" },
  total_mismatch: { total: "figure", sum: "figure", parts: "fields" },
  part_exceeds_whole: {
    whole: "figure",
    sum: "figure",
    wholeField: "field",
    parts: "fields",
    partCount: "count",
  },
  fte_exceeds_headcount: { fte: "figure", headcount: "figure" },
  org_invalid: { text: "text" },
  org_unknown: { org: "org" },
  unit_mismatch: { org: "org", other: "org", otherField: "field" },
  field_not_asked: { org: "org" },
  year_invalid: { text: "text" },
  year_mismatch: { expected: "year", actual: "year" },
  years_disagree: { year: "year", others: "years", otherFields: "fields" },
  count_date_missing: {},
  count_date_invalid: { text: "text" },
  count_date_outside_year: { date: "date", year: "year" },
  change_unexplained: {
    previous: "figure",
    current: "figure",
    change: "change",
    percent: "percent",
    thresholdAbsolute: "optionalAmount",
    thresholdPercent: "percent",
    // The year of the figure compared with when it is not the year before the one reported (a package
    // of another year used as the previous one); null for last year's: the words say "i fjor".
    previousYear: "optionalYear",
  },
  status_unknown: { text: "text" },
  status_missing: {},
  template_empty: {},
  status_comment_missing: { status: "status" },
  status_went_back: { previous: "status", current: "status", previousYear: "optionalYear" },
  note_too_long: { length: "figure", max: "figure" },
  note_unprintable: {},
  plan_change_unexplained: {
    earlier: "field",
    previous: "figure",
    current: "figure",
    change: "change",
    threshold: "amount",
  },
  // Where the reported beds were read is said in full: a sheet of this workbook, or last year's
  // package by its file (`sheet` or `file` is "", `year` is the year the beds were reported for).
  plan_differs_from_reported: {
    planned: "figure",
    reported: "figure",
    reportedField: "label",
    change: "change",
    year: "optionalYear",
    sheet: "name",
    file: "name",
  },
  // A named cell the workbook's reader could not read, or read with a remark (report/cell-finding.ts).
  cell_merged: { merge: "name" },
  formula_without_result: { formula: "text" },
  cell_date_format: { format: "name" },
  cell_percent_format: { format: "name", stored: "figure", shown: "figure" },
  name_not_a_cell: { name: "name", kind: "nameTarget", refersTo: "name" },
  name_several_cells: { name: "name", range: "name" },
  name_sheet_only: { name: "name", sheet: "name" },
  name_sheet_copy: { sheet: "name", count: "count" },
  name_case: { name: "name", written: "name" },
} as const satisfies Record<string, Record<string, ParamKind>>;

/** Every issue code; the message catalogues are complete records over it. */
export type IssueCode = keyof typeof ISSUE_PARAMS;

/**
 * The parameters of one code, typed by their kinds: plain data, so issues travel as JSON. Without a
 * code, the params of some issue, as a holder that does not know which may see them: JSON data.
 */
export type IssueParams<C extends IssueCode | undefined = undefined> = C extends IssueCode
  ? ParamsOf<(typeof ISSUE_PARAMS)[C]>
  : Readonly<Record<string, unknown>>;

/** What every issue has, whatever its code. */
interface IssueBase {
  severity: Severity;
  /** The field id it concerns (`beds.phv_adult_total`): the cell the controller typed. */
  field: string;
  /** `Sheet!C7` when the figure came from a workbook. */
  cell?: string;
  /** The rule that raised it. */
  rule: string;
}

/** One finding: data only, its params typed by its code. Words come from `messages/` when it is shown. */
export type Issue = { [C in IssueCode]: IssueBase & { code: C; params: IssueParams<C> } }[IssueCode];

/** An issue of one code. */
export type IssueOf<C extends IssueCode> = Extract<Issue, { code: C }>;
