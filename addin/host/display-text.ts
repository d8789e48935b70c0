import type { CellValue } from "./workbook-state";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function decimalsOf(format: string): number | undefined {
  const match = /^#?,?##?0(?:[.,](0+))?$/.exec(format.replace(/\s/g, ""));
  return match ? (match[1]?.length ?? 0) : undefined;
}

function nbNumber(value: number, decimals?: number): string {
  const text = decimals === undefined ? String(Number(value.toPrecision(15))) : value.toFixed(decimals);
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
