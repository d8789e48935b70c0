import type { CellFindingCode } from "./cell-finding";

/** Altinn's severity words: an error blocks export, a warning does not, info only informs. */
export type Severity = "error" | "warning" | "info";

/** Every issue code the rules can raise; the message catalogues are complete records over it. */
export type IssueCode =
  | "name_missing"
  | "required_missing"
  | "total_parts_missing"
  | "value_missing"
  | "cell_error"
  | "not_a_number"
  | "number_as_text"
  | "below_min"
  | "above_max"
  | "not_half_step"
  | "not_integer"
  | "too_many_decimals"
  | "total_mismatch"
  | "part_exceeds_whole"
  | "fte_exceeds_headcount"
  | "org_invalid"
  | "org_unknown"
  | "unit_mismatch"
  | "field_not_asked"
  | "year_invalid"
  | "year_mismatch"
  | "count_date_missing"
  | "count_date_invalid"
  | "count_date_outside_year"
  | "change_unexplained"
  | CellFindingCode;

/** Parameters a message may use; plain data so issues travel as JSON between contexts. */
export type IssueParams = Record<string, string | number>;

/** One finding: data only. Words come from `messages/` when it is shown. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** The field id it concerns (`beds.phv_adult_total`). */
  field: string;
  /** `Sheet!C7` when the figure came from a workbook. */
  cell?: string;
  params: IssueParams;
  /** The rule that raised it. */
  rule: string;
}
