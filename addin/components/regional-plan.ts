import { type RegionalSheetPlan, regionalSheetPlan } from "../../shared/aggregate/regional-sheet-plan";
import { regionalTable } from "../../shared/aggregate/regional-table";
import { returnStatus } from "../../shared/aggregate/return-status";
import type { PackageFile, Refusal } from "../../shared/aggregate/screen-packages";
import type { Lang } from "../../shared/messages/lang";
import { parsePackage } from "../../shared/package/parse-package";
import { describePackageError } from "../i18n/pane-messages";

/** The sheet to write from the files picked, how many packages it uses, and the files left out. */
export interface RegionalBuild {
  plan?: RegionalSheetPlan;
  used: number;
  refused: Refusal[];
}

/**
 * Reads every file strictly, validates every package again (the core's regional table does), and
 * lays out the sheet: the paper's table of adult mental-health beds and the returns of the latest year.
 */
export function buildRegionalPlan(
  files: readonly { file: string; text: string }[],
  lang: Lang,
): RegionalBuild {
  const packages: PackageFile[] = [];
  const refused: Refusal[] = [];
  for (const { file, text } of files) {
    const parsed = parsePackage(text);
    if (parsed.ok) packages.push({ file, pkg: parsed.package });
    else
      refused.push({
        file,
        reason: { code: "unreadable", detail: describePackageError(parsed.error, lang) },
      });
  }
  const table = regionalTable(packages, "beds.phv_adult_total");
  refused.push(...table.refused);
  const latest = table.years.at(-1);
  if (latest === undefined || table.rows.length === 0) return { used: 0, refused };
  const status = returnStatus(
    packages.filter((entry) => entry.pkg.year === latest || entry.pkg.year === latest - 1),
    latest,
  );
  const used = packages.length - table.refused.length;
  return { plan: regionalSheetPlan(table, status, lang), used, refused };
}
