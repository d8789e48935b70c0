import { formatNumber } from "../../shared/numbers/format-number";
import type { FigureToFill } from "./content-api";
import type { DecimalStyle } from "./decimal-style";
import type { FormControl } from "./form-control";

/**
 * The text to type for a figure: numbers as plain ASCII digits without grouping in the form's
 * decimal style (DOMAIN rule 6), org. numbers as nine digits, dates as the control expects them
 * (ISO for `type=date`, otherwise Norwegian day.month.year unless the form writes points).
 */
export function figureText(figure: FigureToFill, control: FormControl, style: DecimalStyle): string {
  const { value } = figure;
  if (typeof value === "number") return formatNumber(value, { style });
  if (figure.kind === "org") return value.replace(/\D/g, "");
  if (figure.kind === "date") return dateText(value, control, style);
  return value;
}

function dateText(iso: string, control: FormControl, style: DecimalStyle): string {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (parts === null) return iso;
  const isDateInput = control instanceof HTMLInputElement && control.type === "date";
  if (isDateInput || style === "point") return iso;
  return `${parts[3]}.${parts[2]}.${parts[1]}`;
}
