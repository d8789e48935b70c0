import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { formatNumber } from "../../shared/numbers/format-number";
import type { Say } from "./say";
import type { TrendPoint } from "./trend-points";

const WIDTH = 300;
const HEIGHT = 170;
const PAD = { left: 48, right: 16, top: 22, bottom: 40 };

/** A number as the language writes it (nb: decimal comma and non-breaking group space). */
export function numberIn(lang: Lang, value: number): string {
  return formatNumber(value, { style: lang === "nb" ? "nb" : "point" });
}

function scale(points: readonly TrendPoint[]) {
  const years = points.map((point) => point.year);
  const values = points.map((point) => point.value);
  const [firstYear, lastYear] = [Math.min(...years), Math.max(...years)];
  const low = Math.min(0, ...values);
  const high = Math.max(...values, low + 1);
  const x = (year: number) =>
    PAD.left +
    (lastYear === firstYear ? 0.5 : (year - firstYear) / (lastYear - firstYear)) *
      (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - (value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  return { x, y, low, high };
}

interface TrendChartProps {
  say: Say;
  lang: Lang;
  label: string;
  /** The figure's unit of measure, the y axis's label ("plasser"). */
  unit: string;
  points: readonly TrendPoint[];
}

/**
 * A small line chart of a figure by year, this year's point marked. Screen readers get the `<title>`
 * and `<desc>` (every year and value) and the table beside it; each point is focusable and says its
 * value on focus or hover, so keyboard users read the chart as mouse users do.
 */
export function TrendChart({ say, lang, label, unit, points }: TrendChartProps) {
  const [active, setActive] = useState<number>();
  const { x, y, low, high } = scale(points);
  const pointText = (point: TrendPoint) =>
    `${say("trendPoint", { year: point.year, value: numberIn(lang, point.value) })}${point.current ? ` (${say("trendCurrent")})` : ""}`;
  const summary = points.map(pointText).join(", ");
  const line = points.map((point) => `${x(point.year).toFixed(1)},${y(point.value).toFixed(1)}`).join(" ");
  const shown = points.find((point) => point.year === active);
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG chart cannot be a fieldset; group names it by its title
    <svg
      role="group"
      aria-labelledby="trend-title"
      aria-describedby="trend-desc"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      class="trend-chart"
    >
      <title id="trend-title">{label}</title>
      <desc id="trend-desc">{summary}</desc>
      <line x1={PAD.left} y1={y(low)} x2={WIDTH - PAD.right} y2={y(low)} stroke="#595959" />
      <line x1={PAD.left} y1={y(low)} x2={PAD.left} y2={y(high)} stroke="#595959" />
      <text x={PAD.left - 4} y={y(high) + 4} text-anchor="end" font-size="10">
        {numberIn(lang, high)}
      </text>
      <text x={PAD.left - 4} y={y(low) + 4} text-anchor="end" font-size="10">
        {numberIn(lang, low)}
      </text>
      <text
        x={12}
        y={(PAD.top + HEIGHT - PAD.bottom) / 2}
        font-size="10"
        text-anchor="middle"
        transform={`rotate(-90 12 ${(PAD.top + HEIGHT - PAD.bottom) / 2})`}
      >
        {unit}
      </text>
      <text x={PAD.left} y={HEIGHT - 4} text-anchor="start" font-size="10">
        {say("trendYearAxis")}
      </text>
      <polyline points={line} fill="none" stroke="#00509e" stroke-width="2" />
      {points.map((point) => (
        <g key={point.year}>
          {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a focusable point is an image of its value, named by it, so keyboard users read what mouse users hover */}
          <circle
            class={point.current ? "point current" : "point"}
            cx={x(point.year)}
            cy={y(point.value)}
            r={point.current ? 6 : 4}
            fill={point.current ? "#fff" : "#00509e"}
            stroke="#00509e"
            stroke-width={point.current ? 3 : 1}
            tabindex={0}
            role="img"
            aria-label={pointText(point)}
            onFocus={() => setActive(point.year)}
            onBlur={() => setActive(undefined)}
            onMouseEnter={() => setActive(point.year)}
            onMouseLeave={() => setActive(undefined)}
          >
            <title>{pointText(point)}</title>
          </circle>
          <text x={x(point.year)} y={HEIGHT - PAD.bottom + 14} text-anchor="middle" font-size="10">
            {point.year}
          </text>
          {point.current && (
            <text
              x={x(point.year)}
              y={HEIGHT - PAD.bottom + 25}
              text-anchor="middle"
              font-size="9"
              font-weight={700}
            >
              {say("trendCurrent")}
            </text>
          )}
        </g>
      ))}
      {shown && (
        <text
          class="point-value"
          x={Math.min(Math.max(x(shown.year), PAD.left + 30), WIDTH - 40)}
          y={Math.max(y(shown.value) - 10, 12)}
          text-anchor="middle"
          font-size="11"
          font-weight={700}
        >
          {pointText(shown)}
        </text>
      )}
    </svg>
  );
}
