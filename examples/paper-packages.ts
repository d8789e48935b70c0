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
  "991324968:2024":
    "Kvalitetssikrede tall fra avtaleforvaltningen. Tallene avviker noe fra Helsedirektoratets rapporter for 2020–2023.",
};

/** The row of the paper's table that the RHF's agreement management reports: the private providers. */
const PRIVATE_ROW = "Private contracted providers";
const RHF_ORG = "991324968";

/** One row of the paper's bed table: a unit's adult mental-health beds by year. */
interface PaperRow {
  name: string;
  figures: Record<number, number>;
}

/** The paper's CSV as its years (the header's four-digit cells) and its rows' cells, each row's name first. */
function paperCells(csv: string): { years: number[]; rows: string[][] } {
  const [header = "", ...lines] = csv.trim().split(/\r?\n/);
  const years = header
    .split(",")
    .slice(1)
    .filter((cell) => /^\d{4}$/.test(cell))
    .map(Number);
  return { years, rows: lines.map((line) => line.split(",")) };
}

/** A row's figures by year: the cells after its name, in the header's order of years. */
function figuresByYear(years: readonly number[], cells: readonly string[]): Record<number, number> {
  return Object.fromEntries(years.map((year, index) => [year, Number(cells[index])]));
}

/** Reads the paper's table (trust,2020,…,2024,note); totals and the private providers are not units. */
export function readPaperTable(csv: string): PaperRow[] {
  const { years, rows } = paperCells(csv);
  return rows
    .filter(([name = ""]) => findUnitByName(name) !== undefined)
    .map(([name = "", ...cells]) => ({ name, figures: figuresByYear(years, cells) }));
}

/** The private providers' figures by year, from the paper's row the RHF reports ("258.5" in the CSV). */
export function readPrivateRow(csv: string): Record<number, number> {
  const { years, rows } = paperCells(csv);
  const [, ...cells] = rows.find(([name]) => name === PRIVATE_ROW) ?? [];
  return figuresByYear(years, cells);
}

/**
 * A `beds` package per unit and year, holding `beds.phv_adult_total` and the paper's footnote as the
 * explanation where it has one, and the RHF's five with `beds.private_contracted_phv_adult`. Each is
 * validated on its own (without last year's package: the paper's figures predate the explanation
 * rule), and the summary is stored as a package carries it.
 */
export function paperPackages(csv: string): SubmissionPackage[] {
  const rows = readPaperTable(csv).flatMap((row) => {
    const unit = findUnitByName(row.name);
    return unit
      ? [{ org: unit.org, name: unit.name, field: "beds.phv_adult_total", figures: row.figures }]
      : [];
  });
  const rhf = { org: RHF_ORG, name: "Helse Sør-Øst RHF", field: "beds.private_contracted_phv_adult" };
  return [...rows, { ...rhf, figures: readPrivateRow(csv) }].flatMap((row) =>
    Object.entries(row.figures).map(([year, figure]) => signedPackage(row, Number(year), figure)),
  );
}

function signedPackage(
  unit: { org: string; name: string; field: string },
  year: number,
  figure: number,
): SubmissionPackage {
  const note = PAPER_NOTES[`${unit.org}:${year}`];
  const signed = buildPackage({
    unit: { org: unit.org, name: unit.name },
    year: Number(year),
    templates: { beds: TEMPLATES.beds.version },
    values: { [unit.field]: figure },
    notes: note ? { [unit.field]: note } : {},
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
