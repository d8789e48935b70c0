import type { Lang } from "../../shared/messages/lang";
import { formatNumber } from "../../shared/numbers/format-number";
import type { TrendPoint } from "./trend-points";

const WIDTH = 280;
const HEIGHT = 140;
const PAD = { left: 40, right: 12, top: 12, bottom: 24 };

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

/**
 * A small line chart of a figure by year. Screen readers get the `<title>` (every year and value)
 * and the table beside it; the chart itself is decoration for sighted users.
 */
export function TrendChart({
  lang,
  label,
  points,
}: {
  lang: Lang;
  label: string;
  points: readonly TrendPoint[];
}) {
  const { x, y, low, high } = scale(points);
  const summary = points.map((point) => `${point.year}: ${numberIn(lang, point.value)}`).join(", ");
  const line = points.map((point) => `${x(point.year).toFixed(1)},${y(point.value).toFixed(1)}`).join(" ");
  return (
    <svg
      role="img"
      aria-labelledby="trend-title"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      class="trend-chart"
    >
      <title id="trend-title">{`${label}: ${summary}`}</title>
      <line x1={PAD.left} y1={y(low)} x2={WIDTH - PAD.right} y2={y(low)} stroke="#666" />
      <text x={PAD.left - 4} y={y(high) + 4} text-anchor="end" font-size="10">
        {numberIn(lang, high)}
      </text>
      <text x={PAD.left - 4} y={y(low) + 4} text-anchor="end" font-size="10">
        {numberIn(lang, low)}
      </text>
      <polyline points={line} fill="none" stroke="#00509e" stroke-width="2" />
      {points.map((point) => (
        <g key={point.year}>
          <circle cx={x(point.year)} cy={y(point.value)} r="3" fill="#00509e" />
          <text x={x(point.year)} y={HEIGHT - 6} text-anchor="middle" font-size="10">
            {point.year}
          </text>
        </g>
      ))}
    </svg>
  );
}
