import type { FigureToFill } from "./content-api";
import type { DecimalStyle } from "./decimal-style";
import { normalizeLabel } from "./normalize-label";
import { sameValue } from "./same-value";

/**
 * The option of a select that stands for the figure: by value first, then by visible text (a unit
 * list may show "Sykehuset Telemark HF (983 975 267)"), comparing the way `sameValue` does.
 */
export function chooseOption(
  select: HTMLSelectElement,
  figure: FigureToFill,
  text: string,
  style: DecimalStyle,
): HTMLOptionElement | undefined {
  const options = [...select.options].filter((option) => !option.disabled);
  const wanted = normalizeLabel(text);
  return (
    options.find((option) => option.value === text) ??
    options.find((option) => option.value !== "" && sameValue(figure, option.value, style)) ??
    options.find((option) => normalizeLabel(option.text) === wanted) ??
    options.find((option) => sameValue(figure, option.text, style)) ??
    (figure.kind === "org"
      ? options.find((option) => option.text.replace(/\D/g, "").endsWith(wanted))
      : undefined)
  );
}
