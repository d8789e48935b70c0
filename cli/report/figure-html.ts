import { type ChartSpec, chartSvg } from "./chart-svg";
import { esc } from "./html-text";

let figures = 0;

/** A chart with its title, its text summary and its data as a table, as screen readers need. */
export async function figureHtml(options: {
  title: string;
  summary: string;
  chart: ChartSpec;
  /** Heading of the data table's first column (e.g. "Foretak"). */
  rowHeading: string;
  format: (value: number) => string;
}): Promise<string> {
  figures += 1;
  const id = `fig-${figures}`;
  const svg = await chartSvg(options.chart, `${id}-title ${id}-summary`);
  const head = [options.rowHeading, ...options.chart.categories].map((text, index) =>
    index === 0 ? `<th scope="col">${esc(text)}</th>` : `<th scope="col" class="num">${esc(text)}</th>`,
  );
  const rows = options.chart.series.map(
    (series) =>
      `<tr><th scope="row">${esc(series.name)}</th>${series.data
        .map((value) => `<td class="num">${value === null ? "–" : esc(options.format(value))}</td>`)
        .join("")}</tr>`,
  );
  return `<figure class="chart" aria-labelledby="${id}-title">
<figcaption><span class="figure-title" id="${id}-title">${esc(options.title)}</span>
<span class="figure-summary" id="${id}-summary">${esc(options.summary)}</span></figcaption>
<div class="chart-image">${svg}</div>
<table class="chart-data"><caption>Tallene i diagrammet: ${esc(options.title)}</caption>
<thead><tr>${head.join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>
</figure>`;
}
