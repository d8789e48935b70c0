import { RETURN_STATE_WORDS } from "../../shared/aggregate/return-state-words";
import type { ReturnState } from "../../shared/aggregate/return-status";
import type { Lang } from "../../shared/messages/lang";

/** The status table's words (the rest of the CLI's are in cli/words). */
export interface StatusWords {
  state: Record<ReturnState, string>;
  unitHeading: string;
  unexplainedHeading: string;
  lastChangeHeading: string;
  summary: (ready: number, expected: number) => string;
  unexplainedLine: (unit: string, field: string, previous: string, current: string) => string;
  reading: (done: number, total: number) => string;
  /** Two or more copies of one return disagree: the files, none counted. */
  conflictLine: (unit: string, template: string, files: string) => string;
  /** Last year's copies disagree, so this year's return was not checked against last year. */
  previousConflictLine: (unit: string, template: string, files: string) => string;
}

const NB: StatusWords = {
  state: RETURN_STATE_WORDS.nb,
  unitHeading: "Enhet",
  unexplainedHeading: "Uforklarte endringer",
  lastChangeHeading: "Sist endret",
  summary: (ready, expected) => `Klare innsendinger: ${ready} av ${expected}.`,
  unexplainedLine: (unit, field, previous, current) =>
    `${unit}: ${field} endret fra ${previous} til ${current} uten forklaring`,
  reading: (done, total) => `Leser ${done}/${total} …`,
  conflictLine: (unit, template, files) =>
    `${unit}, ${template}: motstrid – ${files} har ulike tall eller merknader; ingen av dem er regnet som klar`,
  previousConflictLine: (unit, template, files) =>
    `${unit}, ${template}: fjorårets pakker er i motstrid (${files}); endringer fra i fjor er ikke kontrollert (1 advarsel)`,
};

const EN: StatusWords = {
  state: RETURN_STATE_WORDS.en,
  unitHeading: "Unit",
  unexplainedHeading: "Unexplained changes",
  lastChangeHeading: "Last change",
  summary: (ready, expected) => `Returns ready: ${ready} of ${expected}.`,
  unexplainedLine: (unit, field, previous, current) =>
    `${unit}: ${field} changed from ${previous} to ${current} without explanation`,
  reading: (done, total) => `Reading ${done}/${total} …`,
  conflictLine: (unit, template, files) =>
    `${unit}, ${template}: conflict – ${files} differ in figures or notes; neither is counted ready`,
  previousConflictLine: (unit, template, files) =>
    `${unit}, ${template}: last year's packages conflict (${files}); changes from last year are not checked (1 warning)`,
};

/** The status table's words in one language. */
export function statusWords(lang: Lang): StatusWords {
  return lang === "nb" ? NB : EN;
}
