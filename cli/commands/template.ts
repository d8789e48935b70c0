import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { ADDIN_ID, ADDIN_VERSION } from "../../manifests/addin/addin-manifest";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { isTemplateId, TEMPLATE_IDS, TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { isValidOrgNumber, normalizeOrgNumber } from "../../shared/units/org-number";
import { findUnit } from "../../shared/units/reporting-units";
import type { CliContext } from "../cli-context";
import { CliFailure } from "../cli-failure";
import { readPackage } from "../files/read-package";
import { parseOptions, requireOption, stringOption } from "../parse-options";
import { type PaneAddin, withAutoOpenPane } from "../workbook/auto-open-pane";
import { writeTemplateWorkbook } from "../workbook/write-template";

/** The production add-in, as Microsoft 365 central deployment (docs/addin.md) knows it. */
const DEPLOYED_ADDIN: PaneAddin = {
  id: ADDIN_ID,
  version: ADDIN_VERSION,
  store: "EXCatalog",
  storeType: "EXCatalog",
};

/**
 * `template <ids…> --unit <org> --year <y> [--previous <pkg>] [--no-auto-open] --out <file.xlsx>`: a
 * fillable workbook that opens the add-in's task pane when opened (unless `--no-auto-open`).
 */
export async function templateCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(args, {
    unit: { type: "string" },
    year: { type: "string" },
    previous: { type: "string" },
    out: { type: "string" },
    "no-auto-open": { type: "boolean" },
  });
  const templates = templateIds(positionals);
  const unit = unitOf(requireOption(values.unit, "--unit"));
  const year = yearOf(requireOption(values.year, "--year"));
  const out = requireOption(values.out, "--out");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new CliFailure({ code: "outNotXlsx", params: { file: out } });
  const previousFile = stringOption(values.previous);
  if (previousFile !== undefined && resolve(previousFile) === resolve(out)) {
    throw new CliFailure({ code: "outIsInput", params: { file: out } });
  }
  const previous = previousFile === undefined ? undefined : await previousOf(previousFile, unit, year);
  const workbook = await writeTemplateWorkbook({ templates, unit, year, previous });
  await writeFile(out, values["no-auto-open"] ? workbook : withAutoOpenPane(workbook, DEPLOYED_ADDIN));
  const sheets = templates.map((id) => TEMPLATES[id].sheet).join(", ");
  context.io.out(context.words.templateWritten(out, sheets));
  return 0;
}

function templateIds(positionals: readonly string[]): TemplateId[] {
  if (positionals.length === 0) {
    throw new CliFailure({ code: "missingArgument", params: { what: "<maler>/<templates>" } });
  }
  const unknown = positionals.find((id) => !isTemplateId(id));
  if (unknown !== undefined) throw new CliFailure({ code: "unknownTemplate", params: { template: unknown } });
  return TEMPLATE_IDS.filter((id) => positionals.includes(id));
}

function unitOf(text: string): string {
  const org = normalizeOrgNumber(text);
  if (org === undefined || !isValidOrgNumber(org))
    throw new CliFailure({ code: "badUnit", params: { unit: text } });
  if (!findUnit(org)) throw new CliFailure({ code: "unknownUnit", params: { unit: org } });
  return org;
}

function yearOf(text: string): number {
  const year = /^\d{4}$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(year >= 2000 && year <= 2100)) throw new CliFailure({ code: "badYear", params: { year: text } });
  return year;
}

/** Last year's package must be this unit's and for the year before, or its figures would mislead. */
async function previousOf(file: string, org: string, year: number): Promise<SubmissionPackage> {
  const bytes = await readFile(file).catch(() => {
    throw new CliFailure({ code: "notFound", params: { file } });
  });
  let pkg: SubmissionPackage;
  try {
    pkg = readPackage(bytes);
  } catch (error) {
    throw error instanceof CliFailure ? error.about(file) : error;
  }
  if (pkg.unit.org !== org || pkg.year !== year - 1) {
    const params = {
      org: pkg.unit.org,
      year: String(pkg.year),
      expectedOrg: org,
      expectedYear: String(year - 1),
    };
    throw new CliFailure({ code: "previousMismatch", params }, file);
  }
  return pkg;
}
