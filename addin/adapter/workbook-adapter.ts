import type { RegionalSheetPlan } from "../../shared/aggregate/regional-sheet-plan";
import type { Lang } from "../../shared/messages/lang";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { Issue } from "../../shared/report/issue";
import type { ValidationInput } from "../../shared/report/validation-input";
import type { TemplateId } from "../../shared/templates/field";
import type { IdentityRefusal } from "./fill-plan";
import type { RegionalSheetResult } from "./write-regional-sheet";

/** What the namespaced custom XML part of a template workbook holds. */
export interface TemplateMeta {
  templates: Partial<Record<TemplateId, string>>;
  unit: string;
  year: number;
  /** Digest of the values at the last explicit validation (`sha256:…`). */
  lastDigest?: string;
  validatedAt?: string;
}

/** Everything one validation pass reads, as plain data (one `context.sync`). */
export interface WorkbookSnapshot {
  /** Templates recognised from defined names. */
  templates: TemplateId[];
  meta?: TemplateMeta;
  input: ValidationInput;
  /** Field id → `Sheet!C7`, including `prev.` and `note.` names. */
  cells: Record<string, string>;
}

/** Which Excel features this host has, checked at run time with `isSetSupported`. */
export interface Capabilities {
  dataValidation: boolean; // ExcelApi 1.8
  comments: boolean; // ExcelApi 1.10
  notes: boolean; // ExcelApi 1.18
  changeSource: boolean; // ExcelApi 1.14 (triggerSource)
  save: boolean; // ExcelApi 1.11 (workbook.save): without it "Validate & save" only validates
}

/** A cell the fill would change that already holds something; the user is asked first. */
export interface FillConflict {
  name: string;
  cell: string;
  current: string | number | boolean;
  incoming: string | number;
}

/** What inserting templates did, and which Excel features this host lacked for it (said to the user). */
export interface InsertResult {
  sheets: string[];
  /** Features left out, e.g. `dataValidation` on Office 2019 (ExcelApi 1.7): typing is then unguarded. */
  missing: (keyof Capabilities)[];
  /** Sheets left alone because the workbook already had them (or their names). */
  existing?: string[];
}

/** What a fill did, so it can be undone exactly. */
export interface FillResult {
  written: number;
  skipped: FillConflict[];
  /** Unit or year cells holding another value than the fill's: then nothing at all is written. */
  refused: IdentityRefusal[];
}

/**
 * The only door to Excel: task-pane components receive these functions as props and never touch
 * `Excel` themselves. Every method is one `Excel.run`; a full validation pass costs two syncs.
 */
export interface WorkbookAdapter {
  capabilities(): Capabilities;
  /** One sync: every defined name of every template, its value and address, plus the meta part. */
  read(signal?: AbortSignal): Promise<WorkbookSnapshot>;
  /** One sync: clears the previous marks and writes fills and notes/comments for these issues. */
  writeMarks(issues: readonly Issue[], lang: Lang, signal?: AbortSignal): Promise<void>;
  clearMarks(): Promise<void>;
  selectCell(address: string): Promise<void>;
  /** Renders the shared sheet plan with Office.js: names, formulas, formats, validation, protection. */
  insertTemplates(templates: readonly TemplateId[], unit: string, year: number): Promise<InsertResult>;
  /**
   * Writes last year's figures, their year and the identity; asks `confirmOverwrite` before touching
   * non-empty cells, and refuses (writing nothing) where a non-empty unit or year cell holds another
   * value. `year`: the workbook's own year, when the package is of another year than the one before.
   */
  fillFromPackage(
    previous: SubmissionPackage,
    confirmOverwrite: (conflicts: readonly FillConflict[]) => Promise<boolean>,
    year?: number,
  ): Promise<FillResult>;
  /** Restores what the last fill overwrote or cleared. */
  undoFill(): Promise<void>;
  writeNotes(notes: Readonly<Record<string, string>>): Promise<void>;
  writeMeta(meta: TemplateMeta): Promise<void>;
  save(): Promise<void>;
  /** One batch: the RHF's regional sheet on a sheet of its own, never over an existing one. */
  writeRegionalSheet(plan: RegionalSheetPlan): Promise<RegionalSheetResult>;
  /** Subscribes to user edits (not coauthors', not the add-in's own); returns the unsubscribe. */
  onUserChange(handler: () => void): () => void;
}
