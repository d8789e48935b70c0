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
 * The index of the choice that stands for the figure: by value first, then by visible text (a unit
 * list may show "Sykehuset Telemark HF (983 975 267)"), a choice figure by its words in either
 * language ("Iverksatt" / "In place"), comparing the way `sameValue` does; -1 when none does.
 */
export function chooseOption(
  choices: readonly Choice[],
  figure: FigureToFill,
  text: string,
  style: DecimalStyle,
): number {
  const wanted = normalizeLabel(text);
  const words = Object.hasOwn(figure.choices ?? {}, text)
    ? [figure.choices?.[text]?.nb, figure.choices?.[text]?.en].filter((word) => word !== undefined)
    : [];
  const tests: Array<(choice: Choice) => boolean> = [
    (choice) => choice.value === text,
    (choice) => choice.value !== "" && sameValue(figure, choice.value, style),
    (choice) => normalizeLabel(choice.text) === wanted,
    (choice) => words.some((word) => normalizeLabel(word) === normalizeLabel(choice.text)),
    (choice) => sameValue(figure, choice.text, style),
    (choice) =>
      figure.kind === "org" && wanted.length === 9 && choice.text.replace(/\D/g, "").endsWith(wanted),
  ];
  for (const test of tests) {
    const index = choices.findIndex(test);
    if (index >= 0) return index;
  }
  return -1;
}
