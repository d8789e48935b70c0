import { buildPackage } from "../shared/package/build-package";
import { inputFromPackage } from "../shared/package/package-input";
import type { SubmissionPackage } from "../shared/package/submission-package";
import { validate } from "../shared/report/validate";
import { TEMPLATES } from "../shared/templates/catalogue";
import { findUnitByName } from "../shared/units/reporting-units";
import { VALIDATOR_VERSION } from "../shared/version";

/** The board paper's footnotes, in its own Norwegian, attached to the figure they explain. */
const PAPER_NOTES: Record<string, string> = {
  "983971709:2021":
    "Sykehuset Innlandet HF gjennomførte i årene 2018 til 2021 en betydelig omlegging av det helhetlige tjenestetilbudet i sitt opptaksområde.",
  "983975267:2024": "Midlertidig nedtrekk fra høsten 2024 pga ombygging, i 2025 vil tallet øke til 110.",
};

/** One row of the paper's bed table: a unit's adult mental-health beds by year. */
interface PaperRow {
  name: string;
  figures: Record<number, number>;
}

/** Reads the paper's table (trust,2020,…,2024,note); totals and the private providers are not units. */
export function readPaperTable(csv: string): PaperRow[] {
  const [header = "", ...lines] = csv.trim().split(/\r?\n/);
  const years = header
    .split(",")
    .slice(1)
    .filter((cell) => /^\d{4}$/.test(cell))
    .map(Number);
  return lines
    .map((line) => line.split(","))
    .filter(([name = ""]) => findUnitByName(name) !== undefined)
    .map(([name = "", ...cells]) => ({
      name,
      figures: Object.fromEntries(years.map((year, index) => [year, Number(cells[index])])),
    }));
}

/**
 * A `beds` package per unit and year, holding `beds.phv_adult_total` and the paper's footnote as the
 * explanation where it has one. Each is validated on its own (without last year's package: the
 * paper's figures predate the explanation rule), and the summary is stored as a package carries it.
 */
export function paperPackages(csv: string): SubmissionPackage[] {
  return readPaperTable(csv).flatMap((row) => {
    const unit = findUnitByName(row.name);
    if (!unit) return [];
    return Object.entries(row.figures).map(([year, figure]) => {
      const note = PAPER_NOTES[`${unit.org}:${year}`];
      const signed = buildPackage({
        unit: { org: unit.org, name: unit.name },
        year: Number(year),
        templates: { beds: TEMPLATES.beds.version },
        values: { "beds.phv_adult_total": figure },
        notes: note ? { "beds.phv_adult_total": note } : {},
      });
      const report = validate(inputFromPackage(signed), {
        templates: ["beds"],
        phase: "export",
        year: Number(year),
      });
      const validatedAt = `${Number(year) + 1}-02-15T12:00:00Z`;
      return {
        ...signed,
        validation: { ...reportCounts(report.stats), validatedAt, validator: VALIDATOR_VERSION },
      };
    });
  });
}

function reportCounts(stats: { errors: number; warnings: number }): { errors: number; warnings: number } {
  return { errors: stats.errors, warnings: stats.warnings };
}

/** The file name of a unit's package for a year: `telemark-2024.hso.json`. */
export function packageFileName(pkg: SubmissionPackage, shortName: string): string {
  const slug = shortName
    .toLocaleLowerCase("nb")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/æ/g, "ae")
    .replace(/[^a-z0-9]+/g, "-");
  return `${slug}-${pkg.year}.hso.json`;
}
