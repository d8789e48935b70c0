import { readFile } from "node:fs/promises";
import { inputFromPackage, templatesOfPackage } from "../../shared/package/package-input";
import type { Phase, Report } from "../../shared/report/report";
import { validate } from "../../shared/report/validate";
import type { TemplateId } from "../../shared/templates/field";
import { CliFailure } from "../cli-failure";
import { checkWorkbook } from "./check-workbook";
import { pathFailure } from "./collect-files";
import { fileKind } from "./file-kind";
import type { PreviousPackages } from "./previous-packages";
import { readPackage } from "./read-package";

/** One file judged: its report and who and when it is for (undefined when the file does not say). */
export interface CheckedFile {
  file: string;
  kind: "workbook" | "package";
  templates: TemplateId[];
  report: Report;
  org?: string;
  year?: number;
  /** Explanations as read, field id → text (workbooks' `note.` cells, packages' notes). */
  notes: Record<string, string>;
}

/** How files are judged: workbooks in `edit` unless told (export uses `export`); packages always `export`. */
export interface CheckOptions {
  workbookPhase: Phase;
  previous?: PreviousPackages;
}

/** Reads and judges one file; it is only ever read. Unusable input throws a CliFailure naming the file. */
export async function checkFile(file: string, options: CheckOptions): Promise<CheckedFile> {
  try {
    const bytes = await readBytes(file);
    if (fileKind(file, bytes) === "workbook") {
      return { file, kind: "workbook", ...(await checkWorkbook(bytes, options)) };
    }
    return { file, kind: "package", ...checkPackageBytes(bytes, options) };
  } catch (error) {
    throw error instanceof CliFailure ? error.about(file) : error;
  }
}

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw pathFailure(file, error as NodeJS.ErrnoException);
  }
}

/** A package is judged as exported figures: its year is known, its changes must be explained. */
function checkPackageBytes(bytes: Uint8Array, options: CheckOptions) {
  const pkg = readPackage(bytes);
  const previous = options.previous?.find(pkg.unit.org, pkg.year - 1);
  const templates = templatesOfPackage(pkg);
  const own = inputFromPackage(pkg);
  const input = previous ? { ...own, previous: previous.values, previousFrom: previous.sources } : own;
  const report = validate(input, { templates, phase: "export", year: pkg.year });
  return { templates, report, org: pkg.unit.org, year: pkg.year, notes: { ...pkg.notes } };
}
