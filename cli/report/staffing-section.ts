import { type RegionalTable, regionalTable } from "../../shared/aggregate/regional-table";
import { screenPackages } from "../../shared/aggregate/screen-packages";
import { findField } from "../../shared/templates/catalogue";
import { figureHtml } from "./figure-html";
import { esc } from "./html-text";
import { nb, signed } from "./number-words";
import type { ReportInput } from "./report-input";

/** The figures the paper follows for staffing: permanent LIS3 (child and adult) and senior consultants. */
const MEASURES = [
  { field: "staffing.lis3_phbu_headcount", name: "LIS3 barne- og ungdomspsykiatri" },
  { field: "staffing.lis3_phv_adult_headcount", name: "LIS3 voksenpsykiatri" },
  { field: "staffing.senior_consultants_headcount", name: "Overleger" },
] as const;

/** The two LIS3 figures the paper adds up into one. */
const LIS3_FIELDS = ["staffing.lis3_phbu_headcount", "staffing.lis3_phv_adult_headcount"] as const;

/** Staffing over the years: a table per measure (per trust, regional total) and a chart of the regional totals. */
export async function staffingSection(input: ReportInput): Promise<string | undefined> {
  // One screening for the three fields: each package is validated again once.
  const screening = screenPackages(input.packages, ["staffing"]);
  const tables = MEASURES.filter((m) => findField(m.field)).map((m) => ({
    ...m,
    table: regionalTable(input.packages, m.field, screening),
  }));
  if (tables.every(({ table }) => table.rows.length === 0)) return undefined;
  const years = [...new Set(tables.flatMap(({ table }) => table.years))].sort((a, b) => a - b).map(String);
  const totals = (field: string) =>
    years.map((year) => tables.find((m) => m.field === field)?.table.total[year] ?? null);
  // The paper follows LIS3 as one figure (258 in 2023, 281 in 2025): child and adult psychiatry
  // together, only for years both are whole.
  const parts = LIS3_FIELDS.map(totals);
  const lis3 = years.map((_, index) => sumOrNull(parts.map((part) => part[index] ?? undefined)));
  const series = [
    ...tables.map(({ name, field }) => ({ name, data: totals(field) })),
    ...(lis3.some((value) => value !== null) ? [{ name: "LIS3 i alt", data: lis3 }] : []),
  ];
  const seniors = totals("staffing.senior_consultants_headcount");
  const summary = [
    trendWords("Fast ansatte LIS3 i alt", years, lis3),
    trendWords("Fast ansatte overleger", years, seniors),
    yearlyWords("LIS3 i alt per år", years, lis3),
  ]
    .filter((words) => words !== "")
    .join(" ");
  const figure = await figureHtml({
    title: "Bemanning i regionen: fast ansatte LIS3 og overleger",
    summary,
    chart: { kind: "line", categories: years, series },
    rowHeading: "Stilling",
    format: nb,
  });
  return `<section id="bemanning" aria-labelledby="bemanning-h">
<h2 id="bemanning-h">Bemanning</h2>
${figure}
${tables.map(({ name, table }) => measureTable(name, table, years)).join("\n")}
</section>`;
}

function sumOrNull(values: (number | undefined)[]): number | null {
  return values.every((value) => value !== undefined)
    ? values.reduce<number>((sum, value) => sum + (value ?? 0), 0)
    : null;
}

function yearlyWords(what: string, years: string[], values: (number | null)[]): string {
  const known = years.flatMap((year, index) => {
    const value = values[index];
    return value === null || value === undefined ? [] : [`${nb(value)} (${year})`];
  });
  return known.length < 2 ? "" : `${what}: ${known.join(", ")}.`;
}

function trendWords(what: string, years: string[], values: (number | null)[]): string {
  const known = years
    .map((year, index) => ({ year, value: values[index] }))
    .filter((point) => point.value !== null && point.value !== undefined);
  const first = known[0];
  const last = known.at(-1);
  if (!first || !last || first === last) return `${what}: for få hele år til å vise en utvikling.`;
  const change = (last.value ?? 0) - (first.value ?? 0);
  return `${what}: ${nb(first.value ?? 0)} i ${first.year} og ${nb(last.value ?? 0)} i ${last.year} (${signed(change)}).`;
}

function measureTable(name: string, table: RegionalTable, years: string[]): string {
  if (table.rows.length === 0) return "";
  const head = `<tr><th scope="col">Foretak/sykehus</th>${years.map((y) => `<th scope="col" class="num">${y}</th>`).join("")}</tr>`;
  const rows = table.rows.map(
    (row) =>
      `<tr><th scope="row">${esc(row.unit)}</th>${years.map((y) => `<td class="num">${row.values[y] === undefined ? "–" : esc(nb(row.values[y] ?? 0))}</td>`).join("")}</tr>`,
  );
  const total = `<tr class="total"><th scope="row">Regionen</th>${years
    .map(
      (y) =>
        `<td class="num">${table.total[y] === undefined ? "ufullstendig" : esc(nb(table.total[y] ?? 0))}</td>`,
    )
    .join("")}</tr>`;
  return `<table><caption>${esc(name)}, fast ansatte (personer)</caption><thead>${head}</thead><tbody>${rows.join("")}${total}</tbody></table>`;
}
