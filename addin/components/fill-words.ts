import type { Lang } from "../../shared/messages/lang";
import { shownLang } from "../i18n/pane-langs";
import type { Words } from "./say";

/**
 * The words of the fill's checks, questions and overwrite dialog, nb and en: fetched with the fill's
 * run (the fill-flow chunk, docs/addin.md), not in the pane's first load. `{name}` is a parameter.
 */
const NB = {
  fillUnfit: "Ikke fylt ut fra pakken: {field}: {message}",
  fillIdentityRefused:
    "{cell} har {current}, men pakken ville skrive {incoming} der. Enhet og år overskrives aldri: ingenting er fylt ut.",
  fillOtherUnit: "{file} gjelder {unit}, men arbeidsboken er for {workbookUnit}. Ingenting er fylt ut.",
  fillUnknownUnit:
    "{file} gjelder organisasjonsnummer {org}, som ikke er en rapporterende enhet i Helse Sør-Øst. Ingenting er fylt ut.",
  fillOtherYearTitle: "Pakken er for {year}, ikke for {expected}",
  fillOtherYear:
    "Arbeidsboken er for {unit}, {workbookYear}; fjorårets tall er fra {expected}. {file} er for {unit}, {year}. Bruke dem som fjorårets likevel? Årstallet endres ikke.",
  fillOtherYearYes: "Bruk tallene fra {year}",
  fillNoUnitTitle: "Fylle ut for {unit}?",
  fillNoUnit:
    "Arbeidsboken har ingen enhet. {file} er for {unit}, {year}; arbeidsboken blir da for {unit}, {next}.",
  fillNoUnitYes: "Fyll ut for {unit}",
  fillNoTemplatesTitle: "Lage maler fra pakken?",
  fillNoTemplates:
    "Arbeidsboken har ingen maler. {file} er for {unit}, {year}. Lage {templates} for {unit}, {next}, og fylle inn fjorårets tall?",
  fillNoTemplatesYes: "Lag maler og fyll ut",
  confirmFillTitle: "Overskrive celler som ikke er tomme?",
  confirmFillIntro: "Disse cellene har innhold som pakken vil erstatte:",
  overwrite: "Overskriv",
  keep: "Behold det som står",
  lastYearOf: "I fjor: {field}",
  noteOf: "Forklaring: {field}",
};

/** A word of the fill's checks and dialogs. */
export type FillWord = keyof typeof NB;

const FILL_WORDS: Record<Lang, Record<FillWord, string>> = {
  nb: NB,
  en: {
    fillUnfit: "Not filled from the package: {field}: {message}",
    fillIdentityRefused:
      "{cell} holds {current}, but the package would write {incoming} there. Unit and year are never overwritten: nothing was filled.",
    fillOtherUnit: "{file} is for {unit}, but the workbook is for {workbookUnit}. Nothing was filled.",
    fillUnknownUnit:
      "{file} is for organisation number {org}, which is not a reporting unit of Helse Sør-Øst. Nothing was filled.",
    fillOtherYearTitle: "The package is for {year}, not for {expected}",
    fillOtherYear:
      "The workbook is for {unit}, {workbookYear}; last year's figures are from {expected}. {file} is for {unit}, {year}. Use them as last year's anyway? The year is not changed.",
    fillOtherYearYes: "Use the figures of {year}",
    fillNoUnitTitle: "Fill for {unit}?",
    fillNoUnit:
      "The workbook has no unit. {file} is for {unit}, {year}; the workbook then becomes {unit}, {next}.",
    fillNoUnitYes: "Fill for {unit}",
    fillNoTemplatesTitle: "Create templates from the package?",
    fillNoTemplates:
      "The workbook has no templates. {file} is for {unit}, {year}. Create {templates} for {unit}, {next}, and fill in last year's figures?",
    fillNoTemplatesYes: "Create templates and fill",
    confirmFillTitle: "Overwrite cells that are not empty?",
    confirmFillIntro: "These cells hold something the package would replace:",
    overwrite: "Overwrite",
    keep: "Keep what is there",
    lastYearOf: "Last year: {field}",
    noteOf: "Explanation: {field}",
  },
};

/** One of the fill's words in a language, in the language the pane shows (Norwegian until another is loaded). */
export function fillWord(lang: Lang, key: FillWord, params: Record<string, string | number> = {}): string {
  return FILL_WORDS[shownLang(lang)][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The fill's words kept to be said in the language of each render (adversary A12). */
export function fillWords(key: FillWord, params: Record<string, string | number> = {}): Words {
  return (_, lang) => fillWord(lang, key, params);
}
