import { LANGS, type Lang, type Words } from "../messages/lang";
import type { RawValue } from "../report/validation-input";

/** One allowed answer of a choice field: the code a package holds and the words a sheet or form shows. */
export interface Choice {
  code: string;
  words: Words;
}

/** A measure's status in the regional plan, in the order a measure moves through them. */
export const STATUS_CHOICES: readonly Choice[] = [
  { code: "not_started", words: { nb: "ikke startet", en: "not started" } },
  { code: "in_progress", words: { nb: "under arbeid", en: "in progress" } },
  { code: "in_place", words: { nb: "på plass", en: "in place" } },
];

function normalized(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nb");
}

/**
 * The choice a raw value names: its code, or its words in any of the product's languages (a sheet
 * shows Norwegian, an English user may type English), case and spacing aside. Undefined when the
 * value names none: a guess would put a wrong status in a package.
 */
export function readChoice(choices: readonly Choice[], raw: RawValue | undefined): Choice | undefined {
  if (typeof raw !== "string") return undefined;
  const text = normalized(raw);
  return choices.find(
    (choice) => choice.code === text || LANGS.some((lang) => normalized(choice.words[lang]) === text),
  );
}

/** The status a measure ends in: in place, nothing more owed but to keep it there. */
export const STATUS_DONE = "in_place";

/** A choice's words in a language by its code, or the code itself when no choice has it. */
export function choiceWords(choices: readonly Choice[], code: string, lang: Lang): string {
  return choices.find((choice) => choice.code === code)?.words[lang] ?? code;
}
