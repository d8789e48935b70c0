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
  /** Bars lying down, categories on the left: for long category names (a plan's focus areas). */
  horizontal?: boolean;
  /** The series' colours where they mean something (a status); the palette otherwise. */
  colors?: string[];
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
      color: spec.colors ?? PALETTE,
      textStyle: { fontFamily: "sans-serif", color: "#222222" },
      legend: { type: "plain", bottom: 0, itemGap: 16, textStyle: { color: "#222222" } },
      ...axes(spec),
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

/** The grid and axes: categories along the bottom, or on the left with room for long names. */
function axes(spec: ChartSpec) {
  const bottom = 40 + 22 * Math.ceil(spec.series.length / 4);
  const category = { type: "category", data: spec.categories, axisLabel: { color: "#222222" } } as const;
  const value = { type: "value", axisLabel: { color: "#222222" } } as const;
  if (!spec.horizontal)
    return { grid: { left: 56, right: 24, top: 24, bottom }, xAxis: category, yAxis: value };
  return {
    grid: { left: 230, right: 24, top: 16, bottom },
    xAxis: value,
    // Long names wrap inside the room left for them instead of running into the bars.
    yAxis: {
      ...category,
      inverse: true,
      axisLabel: { ...category.axisLabel, width: 210, overflow: "break" },
    },
  };
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
