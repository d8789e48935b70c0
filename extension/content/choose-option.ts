import type { FigureToFill } from "./content-api";
import type { DecimalStyle } from "./decimal-style";
import { normalizeLabel } from "./normalize-label";
import { sameValue } from "./same-value";

/** One choice of a list, radio group or combobox: the value it submits and the text it shows. */
export interface Choice {
  value: string;
  text: string;
}

/**
 * The indices of the choices that stand for the figure, at the first test any passes: by value
 * first, then by visible text (a unit list may show "Sykehuset Telemark HF (983 975 267)"), a
 * choice figure by its words in either language ("Iverksatt" / "In place") or the unit by a name
 * the worker sent (`names`: "Telemark"), each whole, comparing the way `sameValue` does. None: [];
 * two or more: no one of them is the figure's (the caller refuses and names them).
 */
export function chooseOption(
  choices: readonly Choice[],
  figure: FigureToFill,
  text: string,
  style: DecimalStyle,
): number[] {
  const wanted = normalizeLabel(text);
  const words = Object.hasOwn(figure.choices ?? {}, text)
    ? [figure.choices?.[text]?.nb, figure.choices?.[text]?.en].filter((word) => word !== undefined)
    : [];
  const named = [...words, ...(figure.names ?? [])].map(normalizeLabel);
  const tests: Array<(choice: Choice) => boolean> = [
    (choice) => choice.value === text,
    (choice) => choice.value !== "" && sameValue(figure, choice.value, style),
    (choice) => normalizeLabel(choice.text) === wanted,
    (choice) => named.includes(normalizeLabel(choice.text)),
    (choice) => sameValue(figure, choice.text, style),
    (choice) =>
      figure.kind === "org" && wanted.length === 9 && choice.text.replace(/\D/g, "").endsWith(wanted),
  ];
  for (const test of tests) {
    const fits = choices.flatMap((choice, index) => (test(choice) ? [index] : []));
    if (fits.length > 0) return fits;
  }
  return [];
}
