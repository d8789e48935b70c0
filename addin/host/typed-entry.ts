import { isPercentFormat } from "../../shared/numbers/percent-format";
import type { CellValue } from "./workbook-state";

/** What typing into a cell stores: a value (and the number format Excel gives the cell), or a formula. */
export type TypedEntry = { value: CellValue; numberFormat?: string } | { formula: string };

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

const hundredth = (value: number) => Number((value / 100).toPrecision(15));

/**
 * A percentage typed with its sign ("6,5 %"): Excel stores the fraction (0.065) and gives a cell that
 * is not yet percent-formatted a percent format, "0%" for a whole number and "0.00%" otherwise (Excel's
 * built-in formats 9 and 10), so the cell shows what was typed ("Excel assigns a Percentage number
 * format and, at the same time, divides the value by 100": Excel 2013 For Dummies, "Playing around
 * with Percent Style"; addin/host/README.md says what is not checked). The format is what tells a
 * reader that 0.065 is the figure 6.5.
 */
function typedPercent(text: string, numberFormat: string, locale: TypingLocale): TypedEntry | undefined {
  const percent = /^(.*?)\s*%$/.exec(text);
  const number = percent ? numberOf(percent[1] ?? "", locale) : undefined;
  if (number === undefined) return undefined;
  const value = hundredth(number);
  if (isPercentFormat(numberFormat)) return { value };
  return { value, numberFormat: Number.isInteger(number) ? "0%" : "0.00%" };
}

/**
 * Reads what a user types the way Excel does in that locale: numbers stay numbers (Norwegian:
 * decimal comma, space groups), "12 %" is 0.12 (see typedPercent), a date becomes its serial number,
 * "=" starts a formula, a leading apostrophe or a text-formatted (`@`) cell keeps text as typed. In a
 * percent-formatted cell a number is a percentage ("6,5" is 6.5 %, stored 0.065): Excel's automatic
 * percent entry, on by default (Microsoft KB 215203, https://mskb.pkisolutions.com/kb/215203, and
 * https://learn.microsoft.com/office/vba/api/excel.application.autopercententry); the model does
 * not take ",5" as a number, so the KB's exception for numbers below 1 typed without a leading zero
 * never arises. A Norwegian Excel can turn "1.5" into a date; the model keeps such text as text.
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
  const percent = typedPercent(trimmed, numberFormat, locale);
  if (percent) return percent;
  const number = numberOf(trimmed, locale);
  if (number !== undefined) return { value: isPercentFormat(numberFormat) ? hundredth(number) : number };
  return { value: dateOf(trimmed, locale) ?? text };
}
