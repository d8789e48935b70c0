import type { CellValue } from "./workbook-state";

/** What typing into a cell stores: a value, or a formula (without `=`). */
export type TypedEntry = { value: CellValue } | { formula: string };

/** The number conventions of the Excel being modelled: Norwegian (decimal comma) or English. */
export type TypingLocale = "nb" | "en";

const NUMBERS: Record<TypingLocale, RegExp> = {
  nb: /^[-\u2212]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/u,
  en: /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/,
};
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

function numberOf(text: string, locale: TypingLocale): number | undefined {
  if (!NUMBERS[locale].test(text)) return undefined;
  const plain =
    locale === "nb"
      ? text
          .replace(/[ \u00a0\u202f]/gu, "")
          .replace(",", ".")
          .replace("\u2212", "-")
      : text.replaceAll(",", "");
  return Number(plain);
}

function dateOf(text: string, locale: TypingLocale): number | undefined {
  const match = (
    locale === "nb" ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/ : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/
  ).exec(text);
  if (!match) return undefined;
  const [day, month] = locale === "nb" ? [match[1], match[2]] : [match[2], match[1]];
  const time = Date.UTC(Number(match[3]), Number(month) - 1, Number(day));
  const date = new Date(time);
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1
    ? (time - EXCEL_EPOCH_MS) / MS_PER_DAY
    : undefined;
}

/**
 * Reads what a user types the way Excel does in that locale: numbers stay numbers (Norwegian:
 * decimal comma, space groups), "12 %" is 0.12, a date becomes its serial number, "=" starts a
 * formula, a leading apostrophe or a text-formatted (`@`) cell keeps text as typed. A Norwegian
 * Excel can turn "1.5" into a date; the model keeps such text as text instead.
 */
export function typedEntry(text: string, numberFormat: string, locale: TypingLocale = "nb"): TypedEntry {
  if (text === "") return { value: null };
  if (numberFormat === "@") return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { formula: text.slice(1) };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "SANN") return { value: true };
  if (upper === "FALSE" || upper === "USANN") return { value: false };
  const percent = /^(.*?)\s*%$/.exec(trimmed);
  const percentValue = percent ? numberOf(percent[1] ?? "", locale) : undefined;
  if (percentValue !== undefined) return { value: Number((percentValue / 100).toPrecision(15)) };
  const number = numberOf(trimmed, locale) ?? dateOf(trimmed, locale);
  return { value: number ?? text };
}
