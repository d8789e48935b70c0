import type { FigureToFill } from "./content-api";
import type { DecimalStyle } from "./decimal-style";
import type { FormControl } from "./form-control";
import { readControl, readOptionText } from "./read-control";
import { sameValue } from "./same-value";

/** What a control holds compared with a figure. */
export interface Comparison {
  same: boolean;
  /** The control's text as the page holds it (a select's option text when that is what matched). */
  actual: string;
}

/**
 * Reads a control back and compares it with the figure: numbers as numbers in the control's style
 * (and plain point notation, which pages that reformat often use), a select by value or option text.
 */
export function compareControl(figure: FigureToFill, control: FormControl, style: DecimalStyle): Comparison {
  const actual = readControl(control);
  if (control instanceof HTMLInputElement && control.type === "checkbox") {
    return { same: actual === (isTicked(figure.value) ? "1" : "0"), actual };
  }
  if (sameValue(figure, actual, style)) return { same: true, actual };
  const optionText = readOptionText(control);
  if (optionText !== undefined && sameValue(figure, optionText, style))
    return { same: true, actual: optionText };
  const other: DecimalStyle = style === "comma" ? "point" : "comma";
  if (
    typeof figure.value === "number" &&
    /^-?\d+\.\d+$/.test(actual.trim()) &&
    sameValue(figure, actual, other)
  ) {
    return { same: true, actual };
  }
  return { same: false, actual: optionText ?? actual };
}

function isTicked(value: number | string): boolean {
  return typeof value === "number" ? value !== 0 : /^(1|ja|yes|true|x)$/i.test(value.trim());
}
