import type { Lang } from "../../shared/messages/lang";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { isTemplateId, templateName } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { findUnit } from "../../shared/units/reporting-units";
import { fillWord, fillWords } from "./fill-words";
import type { Words } from "./say";
import { unitName, type WorkbookIdentity } from "./workbook-identity";

/** A yes/no question the pane asks before a fill, in words said at each render; no is always the safe answer. */
export interface FillQuestion {
  title: Words;
  text: Words;
  yes: Words;
}

/** What to do with a package chosen for "fill from last year". */
export type FillPlan =
  | { kind: "refuse"; message: Words }
  | {
      kind: "fill";
      questions: FillQuestion[];
      create?: { templates: TemplateId[]; org: string; year: number };
    };

/** The package's templates this version knows, in workbook order. */
function packageTemplates(pkg: SubmissionPackage): TemplateId[] {
  return Object.keys(pkg.templates).filter(isTemplateId);
}

/**
 * Whether a package may fill this workbook (docs/addin.md: never guess a unit or year). Another unit is
 * refused, named from the registry (never from the package's own `unit.name`); a package that is not
 * from the year before the workbook's is asked about, naming unit and year; a workbook without a
 * unit is asked about; a workbook without templates is offered the package's templates.
 */
export function planFillTarget(
  pkg: SubmissionPackage,
  file: string,
  workbook: WorkbookIdentity & { templates: readonly TemplateId[] },
): FillPlan {
  const org = pkg.unit.org;
  if (!findUnit(org)) return { kind: "refuse", message: fillWords("fillUnknownUnit", { file, org }) };
  const unit = unitName(org);
  const at = { file, unit, year: pkg.year, next: pkg.year + 1 };
  if (workbook.templates.length === 0) {
    const templates = packageTemplates(pkg);
    // The templates are named in the language of the moment the question is read, not asked (A12).
    const names = (lang: Lang) =>
      templates.map((id) => templateName(id, lang)).join(lang === "nb" ? " og " : " and ");
    const question: FillQuestion = {
      title: fillWords("fillNoTemplatesTitle", at),
      text: (_, lang) => fillWord(lang, "fillNoTemplates", { ...at, templates: names(lang) }),
      yes: fillWords("fillNoTemplatesYes", at),
    };
    return { kind: "fill", questions: [question], create: { templates, org, year: pkg.year + 1 } };
  }
  const own = workbook.org ?? workbook.unitText;
  if (own !== undefined && own !== org) {
    return {
      kind: "refuse",
      message: fillWords("fillOtherUnit", { file, unit, workbookUnit: unitName(own) }),
    };
  }
  const questions: FillQuestion[] = [];
  if (own === undefined) {
    questions.push({
      title: fillWords("fillNoUnitTitle", at),
      text: fillWords("fillNoUnit", at),
      yes: fillWords("fillNoUnitYes", at),
    });
  }
  if (workbook.year !== undefined && pkg.year !== workbook.year - 1) {
    const expected = workbook.year - 1;
    const params = { ...at, expected, workbookYear: workbook.year };
    questions.push({
      title: fillWords("fillOtherYearTitle", params),
      text: fillWords("fillOtherYear", params),
      yes: fillWords("fillOtherYearYes", params),
    });
  }
  return { kind: "fill", questions };
}
