import { buildPackage } from "../shared/package/build-package";
import { inputFromPackage } from "../shared/package/package-input";
import type { SubmissionPackage } from "../shared/package/submission-package";
import { validate } from "../shared/report/validate";
import { TEMPLATES } from "../shared/templates/catalogue";
import { REPORTING_UNITS, type ReportingUnit } from "../shared/units/reporting-units";
import { expectsTemplate } from "../shared/units/unit-returns";
import { VALIDATOR_VERSION } from "../shared/version";

/**
 * The board paper's regional staffing figures, where it gives them (permanent senior consultants
 * 651 in 2020 and 755 in 2025; permanent LIS3 258 in 2023 and 281 in 2025); the years between are
 * plausible steps, not the paper's.
 */
export const REGIONAL_STAFFING: Readonly<Record<number, { senior: number; lis3: number }>> = {
  2020: { senior: 651, lis3: 231 },
  2021: { senior: 672, lis3: 240 },
  2022: { senior: 693, lis3: 249 },
  2023: { senior: 714, lis3: 258 },
  2024: { senior: 735, lis3: 270 },
  2025: { senior: 755, lis3: 281 },
};

/** Each trust's share of the region: its adult mental-health beds in 2024 (the paper's table). */
const WEIGHTS: Readonly<Record<string, number>> = {
  "983971636": 217,
  "983971709": 189,
  "983975259": 107,
  "983971768": 158,
  "983975240": 174,
  "983975267": 103,
  "894166762": 207,
  "993467049": 241,
  "965985166": 81,
  "982791952": 34,
};

/** The note a large change gets: such changes are explained in the return, as rule 4 asks. */
const CHANGE_NOTE = "Endringen skyldes nyansettelser og naturlig avgang i løpet av året.";

/** Splits a regional figure over the trusts by weight, largest remainders first, so the parts sum exactly. */
export function shares(total: number): Record<string, number> {
  const weightSum = Object.values(WEIGHTS).reduce((sum, weight) => sum + weight, 0);
  const exact = Object.entries(WEIGHTS).map(([org, weight]) => ({
    org,
    value: (total * weight) / weightSum,
  }));
  const parts = exact.map((entry) => ({ ...entry, whole: Math.floor(entry.value) }));
  let left = total - parts.reduce((sum, part) => sum + part.whole, 0);
  for (const part of [...parts].sort((a, b) => b.value - b.whole - (a.value - a.whole))) {
    if (left <= 0) break;
    part.whole += 1;
    left -= 1;
  }
  return Object.fromEntries(parts.map((part) => [part.org, part.whole]));
}

/** One trust's staffing for a year; Sunnaas (rehabilitation) has psychologists but no psychiatrists. */
function staffingValues(unit: ReportingUnit, year: number): Record<string, number> {
  const figures = REGIONAL_STAFFING[year] ?? { senior: 0, lis3: 0 };
  const senior = unit.mentalHealthBeds ? (shares(figures.senior)[unit.org] ?? 0) : 0;
  const phbu = unit.mentalHealthBeds ? (shares(Math.round(figures.lis3 * 0.3))[unit.org] ?? 0) : 0;
  const adult = unit.mentalHealthBeds
    ? (shares(figures.lis3 - Math.round(figures.lis3 * 0.3))[unit.org] ?? 0)
    : 0;
  const weight = WEIGHTS[unit.org] ?? 5;
  const psychologists = Math.round(weight * (2.1 + (year - 2020) * 0.05));
  return {
    "staffing.physicians_headcount": senior + phbu + adult + Math.round(weight * 0.2),
    "staffing.senior_consultants_headcount": senior,
    "staffing.lis3_phbu_headcount": phbu,
    "staffing.lis3_phv_adult_headcount": adult,
    "staffing.psychologists_headcount": psychologists,
    "staffing.psychologist_specialists_headcount": Math.round(psychologists * 0.55),
  };
}

/**
 * A `staffing` package per trust and hospital (not the RHF, which reports no staffing) for
 * 2020–2025, each validated against the year before; a change large enough to need an explanation
 * gets one, as a controller's export would insist.
 */
export function staffingPackages(): SubmissionPackage[] {
  const units = REPORTING_UNITS.filter((unit) => expectsTemplate(unit, "staffing"));
  return units.flatMap((unit) => {
    let previous: SubmissionPackage | undefined;
    return Object.keys(REGIONAL_STAFFING).map((key) => {
      const year = Number(key);
      const pkg = explainedPackage(unit, year, staffingValues(unit, year), previous);
      previous = pkg;
      return pkg;
    });
  });
}

function explainedPackage(
  unit: ReportingUnit,
  year: number,
  values: Record<string, number>,
  previous: SubmissionPackage | undefined,
): SubmissionPackage {
  const draft = signed(unit, year, values, {});
  const first = validate(inputFromPackage(draft, previous), {
    templates: ["staffing"],
    phase: "export",
    year,
  });
  const notes = Object.fromEntries(
    first.issues
      .filter((issue) => issue.code === "change_unexplained")
      .map((issue) => [issue.field, CHANGE_NOTE]),
  );
  const pkg = signed(unit, year, values, notes);
  const report = validate(inputFromPackage(pkg, previous), {
    templates: ["staffing"],
    phase: "export",
    year,
  });
  const validation = {
    errors: report.stats.errors,
    warnings: report.stats.warnings,
    validatedAt: `${year + 1}-02-20T09:30:00Z`,
    validator: VALIDATOR_VERSION,
  };
  return { ...pkg, validation };
}

function signed(
  unit: ReportingUnit,
  year: number,
  values: Record<string, number>,
  notes: Record<string, string>,
) {
  return buildPackage({
    unit: { org: unit.org, name: unit.name },
    year,
    templates: { staffing: TEMPLATES.staffing.version },
    values,
    notes,
  });
}
