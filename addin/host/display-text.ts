import type { CellValue } from "./workbook-state";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** The decimals a number format shows: at least its zeros after the point, at most zeros and #s. */
interface Decimals {
  min: number;
  max: number;
}

function decimalsOf(format: string): Decimals | undefined {
  // "0", "0.0", "0.0#", "#,##0", "#,##0.00": the formats of the templates' kinds (shared/templates/kinds.ts).
  const match = /^(?:#,##)?#*0(?:[.,](0*)(#*))?$/.exec(format.replace(/\s/g, ""));
  if (!match) return undefined;
  const min = match[1]?.length ?? 0;
  return { min, max: min + (match[2]?.length ?? 0) };
}

/** Rounded as Excel shows it: half away from zero on the decimal figure (41,55 → 41,6, not toFixed's 41,5). */
function fixed(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  // A number JavaScript writes with an exponent (1e-7, 1e21) is shown as toFixed has it.
  if (/e/i.test(String(magnitude))) return value.toFixed(decimals);
  const rounded = Number(`${Math.round(Number(`${magnitude}e${decimals}`))}e-${decimals}`);
  return (value < 0 && rounded !== 0 ? -rounded : rounded).toFixed(decimals);
}

function nbNumber(value: number, decimals?: Decimals): string {
  let text = decimals === undefined ? String(Number(value.toPrecision(15))) : fixed(value, decimals.max);
  // Excel drops the optional (#) decimals that are zero: 38.5 in "0.0#" is "38,5", 38.25 is "38,25".
  if (decimals && decimals.max > decimals.min) {
    const [whole, fraction = ""] = text.split(".");
    const kept = fraction.replace(/0+$/, "").padEnd(decimals.min, "0");
    text = kept ? `${whole}.${kept}` : `${whole}`;
  }
  return text.replace("-", "\u2212").replace(".", ",");
}

function dateText(serial: number): string {
  const date = new Date(EXCEL_EPOCH_MS + Math.round(serial * MS_PER_DAY));
  const pad = (part: number) => String(part).padStart(2, "0");
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/**
 * A cell's text as a Norwegian Excel would show it: decimal comma, the format's decimals, dates as
 * dd.mm.yyyy. Only the few formats the templates use are known; others show the plain value.
 */
export function displayText(value: CellValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  if (typeof value === "boolean") return value ? "SANN" : "USANN";
  if (typeof value === "string") return value;
  if (/d{1,2}.m{1,2}.y{2,4}/i.test(numberFormat)) return dateText(value);
  if (numberFormat.endsWith("%")) return `${nbNumber(value * 100, decimalsOf(numberFormat.slice(0, -1)))} %`;
  return nbNumber(value, decimalsOf(numberFormat));
}
