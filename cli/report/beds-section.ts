import { regionalTable } from "../../shared/aggregate/regional-table";
import { findUnit } from "../../shared/units/reporting-units";
import { aggregateView } from "../aggregate/aggregate-view";
import { aggregateWords } from "../aggregate/aggregate-words";
import { refusalLines, unitName } from "../aggregate/table-notes";
import { viewRows } from "../aggregate/view-rows";
import { figureHtml } from "./figure-html";
import { esc } from "./html-text";
import { nb, signed } from "./number-words";
import type { ReportInput } from "./report-input";

const FIELD = "beds.phv_adult_total";
const WORDS = aggregateWords("nb");

/** The paper's bed table, exactly as `aggregate` gives it, its footnotes, and beds per trust over the years. */
export async function bedsSection(input: ReportInput): Promise<string | undefined> {
  const table = regionalTable(input.packages, FIELD);
  if (table.rows.length === 0) return undefined;
  const accepted = input.packages.filter((entry) => !table.refused.some((r) => r.file === entry.file));
  const view = aggregateView(
    table,
    accepted.map((entry) => entry.pkg),
  );
  const rows = viewRows(view, WORDS);
  const years = table.years.map(String);
  const head = `<tr><th scope="col">Foretak/sykehus</th>${years.map((y) => `<th scope="col" class="num">${y}</th>`).join("")}${
    view.span ? `<th scope="col" class="num">Endring ${view.span.from}–${view.span.to}</th>` : ""
  }</tr>`;
  const body = rows.map((row) => {
    const cells = row.values.map((value, index) =>
      row.incomplete[index]
        ? `<td class="num">ufullstendig</td>`
        : `<td class="num">${value === undefined ? "–" : esc(nb(value))}</td>`,
    );
    const change = view.span
      ? `<td class="num">${row.change === undefined ? "" : esc(signed(row.change))}</td>`
      : "";
    return `<tr class="${row.kind}"><th scope="row">${esc(row.label)}</th>${cells.join("")}${change}</tr>`;
  });
  const notes = table.footnotes.map(
    (note) =>
      `<li><span class="mark">${esc(note.mark)}</span> ${esc(note.private ? WORDS.privateRow : unitName(note.org))}, ${note.year}: ${esc(note.text)}</li>`,
  );
  const incomplete = Object.entries(table.incomplete).map(
    ([year, orgs]) => `<li>${esc(WORDS.incomplete(year, orgs.map(unitName).join(", ")))}</li>`,
  );
  // A package the table leaves out (errors, a conflicting duplicate) is named under it, as aggregate
  // names it on stderr: a reader sees why a figure is missing.
  const left = refusalLines(table.refused, WORDS).map((line) => `<li>${esc(line)}</li>`);
  return `<section id="dognplasser" aria-labelledby="dognplasser-h">
<h2 id="dognplasser-h">Døgnplasser i psykisk helsevern for voksne</h2>
<table class="paper"><caption>Døgnplasser PHV voksne per foretak/sykehus ${esc(years[0] ?? "")}–${esc(years.at(-1) ?? "")}</caption>
<thead>${head}</thead><tbody>${body.join("\n")}</tbody></table>
${notes.length + incomplete.length > 0 ? `<ul class="footnotes">${[...notes, ...incomplete].join("")}</ul>` : ""}
${left.length > 0 ? `<h3>Ikke med i tabellen</h3><ul class="left-out">${left.join("")}</ul>` : ""}
${await bedsChart(table)}
</section>`;
}

async function bedsChart(table: ReturnType<typeof regionalTable>): Promise<string> {
  const years = table.years.map(String);
  const first = table.total[years[0] ?? ""];
  const last = table.total[years.at(-1) ?? ""];
  const totalWords =
    first !== undefined && last !== undefined
      ? `Foretakene og sykehusene hadde til sammen ${nb(first)} plasser i ${years[0]} og ${nb(last)} i ${years.at(-1)} (${signed(Math.round((last - first) * 100) / 100)}).`
      : `Summen for ${years[0]} og ${years.at(-1)} kan ikke sammenlignes fordi enheter mangler i ${Object.keys(table.incomplete).join(", ")}.`;
  // With a unit missing, "most beds" is said only of the units that sent: the missing one may have more.
  const among = table.incomplete[years.at(-1) ?? ""] ? " blant enhetene som har sendt" : "";
  const largest = [...table.rows].sort(
    (a, b) => (b.values[years.at(-1) ?? ""] ?? 0) - (a.values[years.at(-1) ?? ""] ?? 0),
  )[0];
  return figureHtml({
    title: "Døgnplasser PHV voksne per foretak/sykehus over tid",
    summary: `${totalWords} Flest plasser i ${years.at(-1)}${among}: ${largest?.unit ?? ""} (${nb(largest?.values[years.at(-1) ?? ""] ?? 0)}).`,
    chart: {
      kind: "line",
      categories: years,
      // Short names keep the legend readable; the data table below the chart says the same.
      series: table.rows.map((row) => ({
        name: findUnit(row.org)?.shortName ?? row.unit,
        data: years.map((year) => row.values[year] ?? null),
      })),
      height: 420,
    },
    rowHeading: "Foretak/sykehus",
    format: nb,
  });
}
