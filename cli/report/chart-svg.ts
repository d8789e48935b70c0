/**
 * Charts are drawn by Apache ECharts' server-side SVG renderer (`renderToSVGString`,
 * https://echarts.apache.org/handbook/en/how-to/cross-platform/server/): no browser, no script in
 * the report. Only the parts used are loaded, and only when a report is written.
 */

/** One line or bar series: its name (a unit's name from the registry) and a figure per category. */
export interface ChartSeries {
  name: string;
  data: (number | null)[];
}

/** What a chart shows; its title, summary and data table are written by the section around it. */
export interface ChartSpec {
  kind: "line" | "bar";
  categories: string[];
  series: ChartSeries[];
  /** Bars stacked (shares of a whole) or side by side. */
  stacked?: boolean;
  width?: number;
  height?: number;
}

let loaded: Promise<typeof import("./echarts-setup")> | undefined;

/** ECharts, loaded on the first chart: commands other than `report` never load it. */
function loadECharts(): Promise<typeof import("./echarts-setup")> {
  loaded ??= import("./echarts-setup");
  return loaded;
}

/** Colours with at least 3:1 contrast on white, told apart by line style and symbol as well. */
const PALETTE = [
  "#1f4e79",
  "#a23b00",
  "#2e6b30",
  "#6b2f8a",
  "#8a6d00",
  "#005f73",
  "#9b2226",
  "#3d405b",
  "#7a4e2d",
  "#4a4a4a",
];
const SYMBOLS = [
  "circle",
  "rect",
  "triangle",
  "diamond",
  "pin",
  "arrow",
  "roundRect",
  "circle",
  "rect",
  "triangle",
];

/** The chart as an SVG string, cleaned for a script-free, style-hashed page (see `cleanSvg`). */
export async function chartSvg(spec: ChartSpec, labelledBy: string): Promise<string> {
  const echarts = await loadECharts();
  const width = spec.width ?? 720;
  const height = spec.height ?? 360;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      color: PALETTE,
      textStyle: { fontFamily: "sans-serif", color: "#222222" },
      legend: { type: "plain", bottom: 0, itemGap: 16, textStyle: { color: "#222222" } },
      grid: { left: 56, right: 24, top: 24, bottom: 40 + 22 * Math.ceil(spec.series.length / 4) },
      xAxis: { type: "category", data: spec.categories, axisLabel: { color: "#222222" } },
      yAxis: { type: "value", axisLabel: { color: "#222222" } },
      series: spec.series.map((series, index) => ({
        type: spec.kind,
        name: series.name,
        data: series.data,
        ...(spec.kind === "line"
          ? {
              symbol: SYMBOLS[index % SYMBOLS.length],
              symbolSize: 7,
              lineStyle: { type: index >= 5 ? "dashed" : "solid" },
            }
          : {}),
        ...(spec.stacked ? { stack: "all" } : {}),
      })),
    });
    return cleanSvg(chart.renderToSVGString(), labelledBy);
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts' SVG carries a hover stylesheet and `style` attributes; a page whose policy allows only
 * its own hashed stylesheet would drop them, so they become presentation attributes (which no
 * policy restricts) and the hover rules go. The root is an image labelled by the figure's caption.
 */
export function cleanSvg(svg: string, labelledBy: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/ class="[^"]*"/g, "")
    .replace(/ pointer-events="[^"]*"/g, "")
    .replace(/ style="([^"]*)"/g, (_, css: string) =>
      css
        .split(";")
        .map((rule) => rule.split(":").map((part) => part.trim()))
        .filter(([name, value]) => name && value && /^[a-z-]+$/.test(name) && /^[\w\s#.,()%-]+$/.test(value))
        .map(([name, value]) => ` ${name}="${value}"`)
        .join(""),
    )
    .replace(/^<svg /, `<svg role="img" aria-labelledby="${labelledBy}" focusable="false" `);
}
