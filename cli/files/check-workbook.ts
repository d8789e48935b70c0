import { identityOf } from "../../shared/package/assemble-package";
import { validate } from "../../shared/report/validate";
import type { ValidationInput } from "../../shared/report/validation-input";
import { detectTemplates, workbookInput } from "../../shared/report/workbook-input";
import { CliFailure } from "../cli-failure";
import type { CheckOptions } from "./check-file";
import { readNamedWorkbook } from "./read-workbook";

/** Judges a workbook's bytes through its defined names; last year's package, when given, fills `prev.`. */
export async function checkWorkbook(bytes: Buffer, options: CheckOptions) {
  const named = readNamedWorkbook(bytes);
  const templates = detectTemplates(named.names);
  if (templates.length === 0) throw new CliFailure({ code: "notTemplate" });
  const { input } = workbookInput(named.read, templates);
  const { org, year } = identityOf(input.values, templates);
  const previous = options.previous?.find(org, year === undefined ? undefined : year - 1);
  const judged: ValidationInput = previous
    ? { ...input, previous: { ...input.previous, ...previous.values }, previousFrom: previous.sources }
    : input;
  const report = validate(judged, { templates, phase: options.workbookPhase });
  return { templates, report, org, year, notes: { ...input.notes } };
}
