import type { Lang, Words } from "../messages/lang";
import type { TemplateId } from "./catalogue";
import type { FieldKind } from "./kinds";

export type { Words } from "../messages/lang";
export type { TemplateId } from "./catalogue";
export type { FieldKind } from "./kinds";

/** Other names a form may use for a field, per language: abbreviations and synonyms ("DPS", "VOP"). */
export type Aliases = Readonly<Partial<Record<Lang, readonly string[]>>>;

/** Where a field's cells sit in the template workbook (the CLI writes it, the add-in inserts it). */
export interface FieldCell {
  sheet: string;
  /** Input cell, e.g. "C7"; its workbook-scoped defined name is the field id. */
  value: string;
  /** Last year's value, named `prev.<id>`. */
  previous?: string;
  /** The explanation or comment, named `note.<id>`. */
  note?: string;
}

/** A share computed from two other fields of the template: `part / whole × 100`, one decimal. */
export interface ShareOf {
  part: string;
  whole: string;
}

/** One entry of the field catalogue: everything any part of the product needs to know about a field. */
export interface FieldDef {
  /** `<template>.<name>`, the contract of the package format (docs/package.md). */
  id: string;
  template: TemplateId;
  kind: FieldKind;
  label: Words;
  /** Names forms use for the field besides its label; a form's label equal to one of them matches. */
  aliases?: Aliases;
  help: Words;
  /** Unit of measure shown beside the value. */
  unit?: Words;
  min?: number;
  max?: number;
  /** Smallest step between allowed values (0.5 for beds, 1 for headcounts, 0.01 for FTE). */
  step?: number;
  /** Missing value is an error (identity fields and the main totals). */
  required: boolean;
  /** This field is the exact sum of these fields (docs/domain.md, rule 3). */
  parts?: readonly string[];
  /** The sum of these fields may not exceed this field (LIS3 ≤ physicians, rejected ≤ received). */
  includes?: readonly string[];
  /** For an FTE field: its headcount twin (FTE ≤ headcount unless explained). */
  headcount?: string;
  /** Compared with last year (`prev.<id>`) and explained under `note.<id>` (rule 4). */
  compared: boolean;
  /** The cell is a formula in the template (totals, shares); its value is still read and checked. */
  formula?: string;
  /** Computed, never typed: the core works it out from these fields. */
  share?: ShareOf;
  /** Compared with this field of the same template instead of last year (a plan's year before). */
  against?: string;
  /** A field of another template this one is checked against (a plan's first year against beds reported). */
  reported?: string;
  /**
   * A planned figure: the year it is planned for. The package's year is the year the plan was made,
   * so a table over packages must say both (docs/cli.md, aggregate).
   */
  plannedFor?: number;
  cell: FieldCell;
}

/** A heading row on the sheet that groups the fields below it (a focus area of the regional plan). */
export interface SheetSection {
  row: number;
  title: Words;
}

/** Year-over-year thresholds (rule 4): a change of at least `absolute` (in the field's unit) or `percent` %. */
export interface ChangeThresholds {
  absolute?: number;
  percent: number;
}

/** A template: a versioned list of fields laid out on one sheet. */
export interface TemplateDef<Id extends string = TemplateId> {
  id: Id;
  version: string;
  sheet: string;
  /** The short name lists and messages show ("Døgnplasser" / "Beds"). */
  name: Words;
  title: Words;
  fields: readonly FieldDef[];
  /** Year-over-year thresholds for this template (rule 4: ≥ 5 beds or ≥ 5 % unless it says otherwise). */
  change: ChangeThresholds;
  /** The line under the title telling the controller what to fill in; a default from `change` when absent. */
  instruction?: Words;
  sections: readonly SheetSection[];
  /** The first reporting year the template is asked for; every year when undefined. */
  firstYear?: number;
}
