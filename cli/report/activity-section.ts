import { type RegionalTable, regionalTable } from "../../shared/aggregate/regional-table";
import { screenPackages } from "../../shared/aggregate/screen-packages";
import { findField } from "../../shared/templates/catalogue";
import { findUnit, REPORTING_UNITS } from "../../shared/units/reporting-units";
import { figureHtml } from "./figure-html";
import { esc } from "./html-text";
import { nb, percent } from "./number-words";
import type { ReportInput } from "./report-input";

type Group = "adult" | "children";
const GROUPS: readonly { id: Group; name: string }[] = [
  { id: "adult", name: "voksne" },
  { id: "children", name: "barn og unge" },
];

/** The counts behind the paper's activity figures; shares and rates are computed here, never read. */
const COUNTS = [
  "wait_days",
  "referrals_received",
  "referrals_rejected",
  "consultations",
  "consultations_phone",
  "consultations_video",
] as const;
type Count = (typeof COUNTS)[number];

/** Activity in the report's year: waiting times, referrals and the rejection rate, telephone and video shares. */
export async function activitySection(input: ReportInput): Promise<string | undefined> {
  const year = String(input.year);
  const tables = new Map<string, RegionalTable>();
  // One screening for the twelve fields: each package is validated again once, not twelve times.
  const screening = screenPackages(input.packages, ["activity"]);
  for (const count of COUNTS)
    for (const group of GROUPS) {
      const field = `activity.${count}_${group.id}`;
      if (findField(field)) tables.set(field, regionalTable(input.packages, field, screening));
    }
  const value = (count: Count, group: Group, org: string) =>
    tables.get(`activity.${count}_${group}`)?.rows.find((row) => row.org === org)?.values[year];
  const orgs = REPORTING_UNITS.map((unit) => unit.org).filter((org) =>
    COUNTS.some((count) => GROUPS.some((group) => value(count, group.id, org) !== undefined)),
  );
  if (orgs.length === 0) return undefined;
  const name = (org: string) => findUnit(org)?.shortName ?? org;
  const share = (part: number | undefined, whole: number | undefined) =>
    part === undefined || whole === undefined || whole === 0 ? null : (part / whole) * 100;
  const rejection = await figureHtml({
    title: `Andel avviste henvisninger per foretak ${year}`,
    summary: rateSummary(
      orgs,
      (org) => share(value("referrals_rejected", "adult", org), value("referrals_received", "adult", org)),
      name,
    ),
    chart: {
      kind: "bar",
      categories: orgs.map(name),
      series: GROUPS.map((group) => ({
        name: `Avvist, ${group.name} (%)`,
        data: orgs.map((org) =>
          round(
            share(value("referrals_rejected", group.id, org), value("referrals_received", group.id, org)),
          ),
        ),
      })),
    },
    rowHeading: "Andel",
    format: (v) => percent(v),
  });
  const channels = await figureHtml({
    title: `Telefon- og videokonsultasjoner, andel av polikliniske konsultasjoner ${year}`,
    summary: channelSummary(
      orgs,
      (org, channel, group) => share(value(channel, group, org), value("consultations", group, org)),
      name,
    ),
    chart: {
      kind: "bar",
      categories: orgs.map(name),
      series: GROUPS.flatMap((group) =>
        (["consultations_phone", "consultations_video"] as const).map((channel) => ({
          name: `${channel === "consultations_phone" ? "Telefon" : "Video"}, ${group.name} (%)`,
          data: orgs.map((org) =>
            round(share(value(channel, group.id, org), value("consultations", group.id, org))),
          ),
        })),
      ),
    },
    rowHeading: "Andel",
    format: (v) => percent(v),
  });
  return `<section id="aktivitet" aria-labelledby="aktivitet-h">
<h2 id="aktivitet-h">Aktivitet ${esc(year)}</h2>
${activityTable(orgs, value, name)}
${rejection}
${channels}
</section>`;
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

function rateSummary(
  orgs: string[],
  rate: (org: string) => number | null,
  name: (org: string) => string,
): string {
  const known = orgs.map((org) => ({ org, rate: rate(org) })).filter((entry) => entry.rate !== null);
  const highest = [...known].sort((a, b) => (b.rate ?? 0) - (a.rate ?? 0))[0];
  if (!highest) return "Ingen foretak har oppgitt henvisninger for voksne.";
  return `Høyest andel avviste henvisninger for voksne: ${name(highest.org)} med ${percent(highest.rate ?? 0)}.`;
}

function channelSummary(
  orgs: string[],
  share: (org: string, channel: "consultations_phone" | "consultations_video", group: Group) => number | null,
  name: (org: string) => string,
): string {
  const video = orgs
    .map((org) => ({ org, share: share(org, "consultations_video", "adult") }))
    .filter((e) => e.share !== null);
  const top = [...video].sort((a, b) => (b.share ?? 0) - (a.share ?? 0))[0];
  return top
    ? `Størst videoandel for voksne: ${name(top.org)} med ${percent(top.share ?? 0)}.`
    : "Ingen foretak har oppgitt videokonsultasjoner.";
}

function activityTable(
  orgs: string[],
  value: (count: Count, group: Group, org: string) => number | undefined,
  name: (org: string) => string,
): string {
  const cell = (v: number | undefined) => `<td class="num">${v === undefined ? "–" : esc(nb(v))}</td>`;
  const head = `<tr><th scope="col">Foretak</th><th scope="col" class="num">Ventetid voksne (dager)</th><th scope="col" class="num">Ventetid barn og unge (dager)</th><th scope="col" class="num">Henvisninger voksne</th><th scope="col" class="num">Avvist voksne</th><th scope="col" class="num">Henvisninger barn og unge</th><th scope="col" class="num">Avvist barn og unge</th></tr>`;
  const rows = orgs.map(
    (org) =>
      `<tr><th scope="row">${esc(name(org))}</th>${cell(value("wait_days", "adult", org))}${cell(value("wait_days", "children", org))}${cell(value("referrals_received", "adult", org))}${cell(value("referrals_rejected", "adult", org))}${cell(value("referrals_received", "children", org))}${cell(value("referrals_rejected", "children", org))}</tr>`,
  );
  return `<table><caption>Ventetid og henvisninger per foretak</caption><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
}
