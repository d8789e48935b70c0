import { type RegionalTable, regionalTable } from "../../shared/aggregate/regional-table";
import { screenPackages } from "../../shared/aggregate/screen-packages";
import { findField } from "../../shared/templates/catalogue";
import { findUnit, REPORTING_UNITS } from "../../shared/units/reporting-units";
import { figureHtml } from "./figure-html";
import { esc } from "./html-text";
import { nb } from "./number-words";
import type { ReportInput } from "./report-input";

const AREAS = [
  { id: "phv_adult", name: "PHV voksne" },
  { id: "phbu", name: "PHBU" },
  { id: "tsb", name: "TSB" },
] as const;
type Area = (typeof AREAS)[number]["id"];
const PLAN_YEARS = ["2026", "2027", "2028", "2029", "2030", "2031", "2032"];

/** A figure with the year it belongs to (the year a plan was made, the year beds were counted). */
interface Dated {
  year: string;
  value: number;
}

/** The latest year of a unit's row that holds a figure, with the figure. */
function latest(table: RegionalTable | undefined, org: string): Dated | undefined {
  const values = table?.rows.find((row) => row.org === org)?.values ?? {};
  const year = Object.keys(values).sort().at(-1);
  return year === undefined ? undefined : { year, value: values[year] ?? 0 };
}

/**
 * Capacity plans: each trust's latest plan (made in the report's year or before), planned beds per
 * service area for 2026–2032 beside the beds it last reported, a chart of the sums over the trusts
 * that sent a plan, and the reasons given for changes of 5 beds or more. Left out without a plan.
 */
export async function capacityPlanSection(input: ReportInput): Promise<string | undefined> {
  if (!findField("capacity_plan.phv_adult_2026")) return undefined;
  const plans = screenPackages(input.packages, ["capacity_plan"]);
  const beds = screenPackages(input.packages, ["beds"]);
  const planned = new Map<string, RegionalTable>();
  const reported = new Map<Area, RegionalTable>();
  for (const area of AREAS) {
    for (const year of PLAN_YEARS) {
      const id = `capacity_plan.${area.id}_${year}`;
      planned.set(id, regionalTable(input.packages, id, plans));
    }
    reported.set(area.id, regionalTable(input.packages, `beds.${area.id}_total`, beds));
  }
  // A unit's plan is its latest: the year it was made is the latest year any of its plan figures has.
  const madeIn = new Map<string, string>();
  for (const table of planned.values())
    for (const row of table.rows) {
      const year = latest(table, row.org)?.year;
      if (year !== undefined && year > (madeIn.get(row.org) ?? "")) madeIn.set(row.org, year);
    }
  const orgs = REPORTING_UNITS.map((unit) => unit.org).filter((org) => madeIn.has(org));
  if (orgs.length === 0) return undefined;
  const plan = (area: Area, year: string, org: string) =>
    planned.get(`capacity_plan.${area}_${year}`)?.rows.find((row) => row.org === org)?.values[
      madeIn.get(org) ?? ""
    ];
  const name = (org: string) => findUnit(org)?.shortName ?? org;
  const sum = (values: (number | undefined)[]) =>
    values.every((value) => value !== undefined) ? values.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  const series = AREAS.map((area) => ({
    name: area.name,
    data: [
      sum(orgs.map((org) => latest(reported.get(area.id), org)?.value)),
      ...PLAN_YEARS.map((year) => sum(orgs.map((org) => plan(area.id, year, org)))),
    ],
  })).filter((entry) => entry.data.some((value) => value !== null));
  const figure = await figureHtml({
    title: "Planlagte døgnplasser per tjenesteområde 2026–2032, sum for foretakene med plan",
    summary: summaryWords(orgs.map(name), series),
    chart: { kind: "line", categories: ["Sist rapportert", ...PLAN_YEARS], series },
    rowHeading: "Tjenesteområde",
    format: nb,
  });
  const tables = AREAS.map((area) =>
    areaTable(
      area.name,
      orgs,
      name,
      (org) => latest(reported.get(area.id), org),
      madeIn,
      (year, org) => plan(area.id, year, org),
    ),
  );
  return `<section id="kapasitetsplaner" aria-labelledby="kapasitetsplaner-h">
<h2 id="kapasitetsplaner-h">Kapasitetsplaner: planlagte døgnplasser til 2032</h2>
${figure}
${tables.join("\n")}
${reasonsList(plans.accepted, madeIn, name)}
</section>`;
}

function summaryWords(names: string[], series: { name: string; data: (number | null)[] }[]): string {
  const lines = series.map((entry) => {
    const [now, first, ...rest] = entry.data;
    const last = rest.at(-1);
    const start = first === null || first === undefined ? "" : `${nb(first)} plasser planlagt i 2026`;
    const end = last === null || last === undefined ? "" : ` og ${nb(last)} i 2032`;
    const before = now === null || now === undefined ? "" : `, mot ${nb(now)} sist rapportert`;
    return start === "" ? "" : `${entry.name}: ${start}${end}${before}.`;
  });
  return [`${names.length} foretak har sendt kapasitetsplan: ${names.join(", ")}.`, ...lines]
    .filter((line) => line !== "")
    .join(" ");
}

function areaTable(
  area: string,
  orgs: string[],
  name: (org: string) => string,
  reported: (org: string) => Dated | undefined,
  madeIn: ReadonlyMap<string, string>,
  plan: (year: string, org: string) => number | undefined,
): string {
  if (orgs.every((org) => PLAN_YEARS.every((year) => plan(year, org) === undefined))) return "";
  const cell = (value: number | undefined) =>
    `<td class="num">${value === undefined ? "–" : esc(nb(value))}</td>`;
  const head = `<tr><th scope="col">Foretak</th><th scope="col" class="num">Planen laget</th><th scope="col" class="num">Sist rapportert</th>${PLAN_YEARS.map((year) => `<th scope="col" class="num">${year}</th>`).join("")}</tr>`;
  const rows = orgs.map((org) => {
    const last = reported(org);
    const counted = last === undefined ? "–" : `${esc(nb(last.value))} (${esc(last.year)})`;
    return `<tr><th scope="row">${esc(name(org))}</th><td class="num">${esc(madeIn.get(org) ?? "")}</td><td class="num">${counted}</td>${PLAN_YEARS.map((year) => cell(plan(year, org))).join("")}</tr>`;
  });
  return `<table><caption>${esc(area)}: planlagte døgnplasser per foretak</caption><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
}

/** The reasons written for large planned changes, each with its unit and year: package text, escaped. */
function reasonsList(
  accepted: readonly {
    pkg: { unit: { org: string }; year: number; notes: Readonly<Record<string, string>> };
  }[],
  madeIn: ReadonlyMap<string, string>,
  name: (org: string) => string,
): string {
  const items = accepted
    .filter(({ pkg }) => madeIn.get(pkg.unit.org) === String(pkg.year))
    .flatMap(({ pkg }) =>
      Object.entries(pkg.notes)
        .filter(([id, text]) => id.startsWith("capacity_plan.") && text.trim() !== "")
        .map(([id, text]) => {
          const label = findField(id)?.label.nb ?? id;
          return `<li><strong>${esc(name(pkg.unit.org))}, ${esc(label)}:</strong> ${esc(text)}</li>`;
        }),
    );
  return items.length === 0
    ? ""
    : `<h3>Begrunnelser i planene</h3>\n<ul class="reasons">${items.join("")}</ul>`;
}
