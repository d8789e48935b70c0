import type { Lang } from "../../shared/messages/lang";
import type { Noun } from "./plural";

/** The counted nouns of the pane's words; `{count:noun}` in a word writes "1 advarsel", "2 advarsler". */
const NB = {
  error: { one: "feil", other: "feil" },
  warning: { one: "advarsel", other: "advarsler" },
  cell: { one: "celle", other: "celler" },
  package: { one: "pakke", other: "pakker" },
  emptyNote: { one: "merknad", other: "merknader" },
  field: { one: "felt", other: "felt" },
  change: { one: "endring", other: "endringer" },
  explanation: { one: "forklaring", other: "forklaringer" },
};

/** A key of the counted nouns. */
export type NounKey = keyof typeof NB;

const EN: Record<NounKey, Noun> = {
  error: { one: "error", other: "errors" },
  warning: { one: "warning", other: "warnings" },
  cell: { one: "cell", other: "cells" },
  package: { one: "package", other: "packages" },
  emptyNote: { one: "note", other: "notes" },
  field: { one: "field", other: "fields" },
  change: { one: "change", other: "changes" },
  explanation: { one: "explanation", other: "explanations" },
};

/** Every counted noun in each language. */
export const NOUNS: Record<Lang, Record<NounKey, Noun>> = { nb: NB, en: EN };

/** Whether a name is one of the counted nouns. */
export function isNounKey(name: string): name is NounKey {
  return Object.hasOwn(NB, name);
}
