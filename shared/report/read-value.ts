import { parseNumber } from "../numbers/parse-number";
import { normalizeOrgNumber } from "../units/org-number";
import { isBlank, isCellError, type RawValue } from "./validation-input";

/** How a raw value reads as a number: blank, a number (perhaps from text), unreadable text, or an Excel error. */
export type NumberReading =
  | { state: "blank" }
  | { state: "number"; value: number; fromText: boolean; text?: string }
  | { state: "invalid"; text: string; reason: string }
  | { state: "error"; error: string }
  /** The cell itself cannot be read (merged, a formula without result …): its own issue says why. */
  | { state: "unreadable" };

/** Reads a raw value as a number; text goes through the Norwegian parser, never a guess. */
export function readNumber(raw: RawValue | undefined): NumberReading {
  if (isBlank(raw)) return { state: "blank" };
  if (isCellError(raw)) return { state: "error", error: raw.error };
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? { state: "number", value: raw, fromText: false }
      : invalid(String(raw), "not_finite");
  }
  if (typeof raw === "boolean") return invalid(String(raw), "boolean");
  const text = String(raw);
  // A trailing per cent sign is the unit, not part of the number ("6,2 %").
  const parsed = parseNumber(text.replace(/\s*%\s*$/, ""));
  return parsed.ok
    ? { state: "number", value: parsed.value, fromText: true, text }
    : invalid(text, parsed.reason);
}

function invalid(text: string, reason: string): NumberReading {
  return { state: "invalid", text, reason };
}

/** Reads an org. number from text or a number cell; undefined when it is not nine digits. */
export function readOrg(raw: RawValue | undefined): string | undefined {
  if (typeof raw === "number" && Number.isInteger(raw)) return normalizeOrgNumber(String(raw));
  return typeof raw === "string" ? normalizeOrgNumber(raw) : undefined;
}

/** Days from Excel's epoch (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const MS_PER_DAY = 86_400_000;
/** Excel's last date, 9999-12-31: a larger serial is no date (and `Date` would throw past ±8.64e15 ms). */
const LAST_SERIAL = 2_958_465;

/**
 * Reads a date as ISO `YYYY-MM-DD`: ISO text, Norwegian `dd.mm.yyyy` text, or an Excel serial
 * number (what Office.js returns for a date cell). Undefined when it is not a real date.
 */
export function readDate(raw: RawValue | undefined): string | undefined {
  if (typeof raw === "number" && Number.isFinite(raw) && raw >= 1 && raw < LAST_SERIAL + 1) {
    return new Date(Math.round((raw - EXCEL_EPOCH_OFFSET) * MS_PER_DAY)).toISOString().slice(0, 10);
  }
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (iso) return checkedDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (norwegian) return checkedDate(Number(norwegian[3]), Number(norwegian[2]), Number(norwegian[1]));
  return undefined;
}

/** Days in each month of a common year; February gains a day in leap years. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Arithmetic rather than `Date`: dates are read on every validation pass, and building and printing
// a Date for each was a measurable share of validating a thousand packages.
function checkedDate(year: number, month: number, day: number): string | undefined {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = (MONTH_DAYS[month - 1] ?? 0) + (month === 2 && leap ? 1 : 0);
  if (year < 1 || day < 1 || day > days) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
