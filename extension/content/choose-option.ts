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
 * The indices of the choices that stand for the figure by any reading: its value, its visible
 * text (a unit list may show "Sykehuset Telemark HF (983 975 267)"), a choice figure's words in
 * either language ("Iverksatt" / "In place") or a name of the unit the worker sent (`names`:
 * "Telemark"), each whole, compared the way `sameValue` does. Every reading counts alike: one
 * option whose value is the org. no. beside another showing "Telemark" are two (no reading outranks
 * another). None: []; two or more: no one of them is the figure's (the caller refuses, names them).
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
  return choices.flatMap((choice, index) => (tests.some((test) => test(choice)) ? [index] : []));
}
