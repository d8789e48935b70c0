import type { FigureToFill } from "./content-api";
import type { DecimalStyle } from "./decimal-style";
import { normalizeLabel } from "./normalize-label";
import type { PageControl } from "./page-control";
import { readControl, readShown } from "./read-control";
import { isPointGrouped, sameValue } from "./same-value";
import { wordsInUse } from "./words";

/** What a control holds compared with a figure. */
export interface Comparison {
  same: boolean;
  /** The control's text as the page shows it (a list's option text rather than its value). */
  actual: string;
}

/**
 * Reads a control back and compares it with the figure: numbers as numbers in the control's style
 * (and plain point notation, which pages that reformat often use), dates as the control spells
 * them, a list or combobox by its value or shown text.
 */
export function compareControl(
  figure: FigureToFill,
  control: PageControl,
  style: DecimalStyle,
  expected: string,
): Comparison {
  const value = readControl(control);
  const shown = readShown(control);
  const same = [value, shown].some(
    (text) => text !== "" && (text === expected || means(figure, text, style)),
  );
  return { same, actual: shown };
}

/** Whether a text means the figure in the control's style, or in point notation for a number. */
function means(figure: FigureToFill, text: string, style: DecimalStyle): boolean {
  if (sameValue(figure, text, style)) return true;
  if (Object.hasOwn(figure.choices ?? {}, String(figure.value))) {
    const words = figure.choices?.[String(figure.value)];
    // A list shows the words as it likes them ("På plass", "På plass ✓" aside): case and spacing do not count.
    // The unit's short names too ("Telemark"), each as the whole text, as it was chosen.
    return (
      words !== undefined &&
      [words.nb, words.en, ...(figure.names ?? [])].some(
        (word) => normalizeLabel(word) === normalizeLabel(text),
      )
    );
  }
  return (
    typeof figure.value === "number" &&
    /^-?\d+\.\d+$/.test(text.trim()) &&
    // "36.500" is read in the control's style only: 36 500 or 36,5, never whichever fits (B17).
    !isPointGrouped(text) &&
    sameValue(figure, text, style === "comma" ? "point" : "comma")
  );
}

/**
 * Whether a control holds nothing yet: an empty text, an unticked box, no choice made — for a
 * list also one showing its first option only because nothing chose any (no option is marked
 * `selected`: the server did not render a draft's choice).
 */
export function isEmpty(control: PageControl): boolean {
  const value = readControl(control);
  if (value === "" || (control.type === "checkbox" && value === "0")) return true;
  if (control.element instanceof HTMLSelectElement) {
    const select = control.element;
    if (select.selectedIndex !== 0) return false;
    // SharePoint's lookup column selects its first option "(Ingen)" ("(None)") until one is chosen.
    return (
      ![...select.options].some((option) => option.defaultSelected) ||
      wordsInUse().noChoice.test(select.options[0]?.text ?? "")
    );
  }
  return false;
}
