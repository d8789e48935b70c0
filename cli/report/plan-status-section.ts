import { choiceWords, STATUS_CHOICES } from "../../shared/templates/choices";
import { findUnit } from "../../shared/units/reporting-units";
import { aggregateWords } from "../aggregate/aggregate-words";
import { refusalLines, unitName } from "../aggregate/table-notes";
import { chartSvg } from "./chart-svg";
import { esc } from "./html-text";
import {
  areaCounts,
  type FocusArea,
  type PlanStatusData,
  planStatusData,
  wentBack,
} from "./plan-status-data";
import type { ReportInput } from "./report-input";

/** Bar colours of the three statuses, each at least 3:1 on white; the table beside says the same. */
const STATUS_COLOURS = ["#b02a37", "#8a6d00", "#2e6b30"];

const word = (code: string) => choiceWords(STATUS_CHOICES, code, "nb");
const shortName = (org: string) => findUnit(org)?.shortName ?? unitName(org);

/**
 * The regional plan's measures × trusts for the year, grouped by focus area: each cell coloured and
 * carrying its status in words (never colour alone), each comment under its area's table, and how
 * many measures stand where per focus area, as a chart with its data table.
 */
export async function planStatusSection(input: ReportInput): Promise<string | undefined> {
  const data = planStatusData(input.packages, input.year);
  if (!data) return undefined;
  const comments: string[] = [];
  const areas = data.areas.map((area) => areaHtml(area, data, comments));
  return `<section id="tiltak" aria-labelledby="tiltak-h">
<h2 id="tiltak-h">Status for tiltak i regional fagplan ${data.year}</h2>
<p>${esc(leadWords(data))}</p>
${missingHtml(data)}
${await countsFigure(data)}
${data.orgs.length === 0 ? "" : areas.join("\n")}
</section>`;
}

function leadWords(data: PlanStatusData): string {
  const total = totalCounts(areaCounts(data));
  const sent = `${data.orgs.length} av ${data.owing.length} foretak er med for ${data.year}.`;
  if (data.orgs.length === 0) return sent;
  const parts = STATUS_CHOICES.map((choice) => `${total[choice.code] ?? 0} ${choice.words.nb}`);
  return `${sent} Statusene i alt (tiltak × foretak): ${parts.join(", ")}.`;
}

/** The counts of every focus area added up per status: counts of cells, never statuses as numbers. */
function totalCounts(counts: ReturnType<typeof areaCounts>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const area of counts)
    for (const [code, count] of Object.entries(area.counts)) total[code] = (total[code] ?? 0) + count;
  return total;
}

function missingHtml(data: PlanStatusData): string {
  const missing = data.missing.length
    ? `<p>Ikke sendt for ${data.year}: ${esc(data.missing.map(unitName).join(", "))}.</p>`
    : "";
  const left = refusalLines(data.refused, aggregateWords("nb")).map((line) => `<li>${esc(line)}</li>`);
  return `${missing}${left.length ? `<h3>Ikke med i tabellene</h3><ul class="left-out">${left.join("")}</ul>` : ""}`;
}

/** One focus area: its matrix of measures × trusts, then its comments, numbered from the cells. */
function areaHtml(area: FocusArea, data: PlanStatusData, comments: string[]): string {
  const head = `<tr><th scope="col" class="measure">Tiltak</th>${data.orgs
    .map((org) => `<th scope="col">${esc(shortName(org))}</th>`)
    .join("")}</tr>`;
  const notes: string[] = [];
  const rows = area.measures.map((measure) => {
    const cells = data.orgs.map((org) => {
      const cell = data.cell(measure.id, org);
      if (cell.comment !== undefined) {
        comments.push(cell.comment);
        notes.push(
          `<li value="${comments.length}"><span class="who">${esc(shortName(org))}, ${esc(measure.label.nb)}:</span> ${esc(cell.comment)}</li>`,
        );
      }
      return statusCell(cell, cell.comment === undefined ? undefined : comments.length);
    });
    return `<tr><th scope="row" class="measure">${esc(measure.label.nb)}</th>${cells.join("")}</tr>`;
  });
  return `<div class="focus-area">
<h3>${esc(area.title)}</h3>
<table class="matrix"><caption>${esc(area.title)}: status per tiltak og foretak ${data.year}</caption>
<thead>${head}</thead><tbody>${rows.join("\n")}</tbody></table>
${notes.length ? `<h4>Kommentarer: ${esc(area.title)}</h4><ol class="comments">${notes.join("")}</ol>` : ""}
</div>`;
}

/** A cell: the colour of its status and the status in words, last year's when it went back, the comment's number. */
function statusCell(cell: ReturnType<PlanStatusData["cell"]>, comment: number | undefined): string {
  if (cell.code === undefined) return `<td class="status none">ikke oppgitt</td>`;
  const back =
    wentBack(cell) && cell.previous ? `<span class="was">i fjor: ${esc(word(cell.previous))}</span>` : "";
  const ref =
    comment === undefined
      ? ""
      : ` <span class="ref"><span class="sr-only">kommentar </span>${comment}</span>`;
  return `<td class="status status-${esc(cell.code)}">${esc(word(cell.code))}${ref}${back}</td>`;
}

/** Counts per status per focus area: a stacked bar chart, its title and summary, and its data as a table. */
async function countsFigure(data: PlanStatusData): Promise<string> {
  if (data.orgs.length === 0) return "";
  const counts = areaCounts(data);
  const title = `Tiltak per status og innsatsområde ${data.year} (tiltak × foretak)`;
  const svg = await chartSvg(
    {
      kind: "bar",
      horizontal: true,
      stacked: true,
      colors: STATUS_COLOURS,
      categories: counts.map((area) => area.area),
      series: STATUS_CHOICES.map((choice) => ({
        name: choice.words.nb,
        data: counts.map((area) => area.counts[choice.code] ?? 0),
      })),
      height: 120 + 36 * counts.length,
    },
    "tiltak-fig-title tiltak-fig-summary",
  );
  return `<figure class="chart" aria-labelledby="tiltak-fig-title">
<figcaption><span class="figure-title" id="tiltak-fig-title">${esc(title)}</span>
<span class="figure-summary" id="tiltak-fig-summary">${esc(countsSummary(counts))}</span></figcaption>
<div class="chart-image">${svg}</div>
${countsTable(counts, title)}
</figure>`;
}

function countsSummary(counts: ReturnType<typeof areaCounts>): string {
  const share = (area: (typeof counts)[number], code: string) => {
    const all = Object.values(area.counts).reduce((sum, count) => sum + count, 0);
    return all === 0 ? 0 : (area.counts[code] ?? 0) / all;
  };
  const most = (code: string) => [...counts].sort((a, b) => share(b, code) - share(a, code))[0];
  const done = most("in_place");
  const behind = most("not_started");
  const parts = [done && `Størst andel på plass: ${done.area} (${done.counts.in_place ?? 0}).`];
  if (behind && (behind.counts.not_started ?? 0) > 0)
    parts.push(`Størst andel ikke startet: ${behind.area} (${behind.counts.not_started}).`);
  return parts.filter(Boolean).join(" ");
}

function countsTable(counts: ReturnType<typeof areaCounts>, title: string): string {
  const head = `<tr><th scope="col">Innsatsområde</th>${STATUS_CHOICES.map(
    (choice) => `<th scope="col" class="num">${esc(choice.words.nb)}</th>`,
  ).join("")}<th scope="col" class="num">I alt</th></tr>`;
  const row = (label: string, values: Record<string, number>, kind = "") => {
    const cells = STATUS_CHOICES.map((choice) => values[choice.code] ?? 0);
    const all = cells.reduce((sum, count) => sum + count, 0);
    return `<tr${kind}><th scope="row">${esc(label)}</th>${[...cells, all].map((n) => `<td class="num">${n}</td>`).join("")}</tr>`;
  };
  return `<table class="chart-data counts"><caption>Tallene i diagrammet: ${esc(title)}</caption>
<thead>${head}</thead><tbody>${counts.map((area) => row(area.area, area.counts)).join("")}${row("Alle innsatsområder", totalCounts(counts), ' class="total"')}</tbody></table>`;
}
