/** Words in both of the product's languages: Norwegian bokmål first, English second. */
export interface Words {
  nb: string;
  en: string;
}

/** Other names a form may use for a field, per language: abbreviations and synonyms ("DPS", "VOP"). */
export interface Aliases {
  nb?: readonly string[];
  en?: readonly string[];
}

/** The template ids of DESIGN.md; `activity` and `plan_status` are reserved for the rest of the paper. */
export type TemplateId = "beds" | "staffing";

/**
 * What a field holds. The kind decides how a raw value is read and which type rules apply:
 * beds are multiples of 0.5, headcounts integers, FTE at most two decimals, percent 0–100.
 */
export type FieldKind = "org" | "year" | "date" | "beds" | "headcount" | "fte" | "percent" | "places";

/** Where a field's cells sit in the template workbook (the CLI writes it, the add-in inserts it). */
export interface FieldCell {
  sheet: string;
  /** Input cell, e.g. "C7"; its workbook-scoped defined name is the field id. */
  value: string;
  /** Last year's figure, named `prev.<id>`; only for figures. */
  previous?: string;
  /** The explanation, named `note.<id>`; only for figures. */
  note?: string;
}

/** One entry of the field catalogue: everything any part of the product needs to know about a field. */
export interface FieldDef {
  /** `<template>.<name>`, the contract of DESIGN.md. */
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
  /** This field is the exact sum of these fields (DOMAIN rule 3). */
  parts?: readonly string[];
  /** The sum of these fields may not exceed this field (LIS3 ≤ physicians, specialists ≤ psychologists). */
  includes?: readonly string[];
  /** For an FTE field: its headcount twin (FTE ≤ headcount unless explained). */
  headcount?: string;
  /** Compared with last year (`prev.<id>`) and explained under `note.<id>`. */
  compared: boolean;
  /** The cell is a formula in the template (totals); its value is still read and checked. */
  formula?: string;
  cell: FieldCell;
}

/** A template: a versioned list of fields laid out on one sheet. */
export interface TemplateDef {
  id: TemplateId;
  version: string;
  sheet: string;
  title: Words;
  fields: readonly FieldDef[];
  /** Year-over-year thresholds for this template (DOMAIN rule 4: ≥ 5 beds or ≥ 5 %). */
  change: { absolute: number; percent: number };
}
