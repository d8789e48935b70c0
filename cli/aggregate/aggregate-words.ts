import type { RefusalReason } from "../../shared/aggregate/screen-packages";
import type { Lang } from "../../shared/messages/lang";

/** The regional table's own words (the rest of the CLI's are in cli/words). */
export interface AggregateWords {
  /** The paper's name for the trusts' sum, shown where private providers are summed apart. */
  trustsTotal: string;
  /** The sum of the units' figures for any other field: no "hospitals" about it. */
  total: string;
  privateRow: string;
  totalWithPrivate: string;
  incompleteCell: string;
  incomplete: (year: string, units: string) => string;
  refusedHeading: (count: number) => string;
  refusal: (reason: RefusalReason, unit: (org: string) => string) => string;
  notesHeading: string;
  /** Under a status table: the row counting the units that gave one status ("Antall på plass"). */
  countRow: (choice: string) => string;
  /** Under a status table: the row counting the expected units that sent nothing that year. */
  notSentRow: string;
}

const NB: AggregateWords = {
  trustsTotal: "Totalt Helse Sør-Øst/sykehus",
  total: "Totalt Helse Sør-Øst",
  privateRow: "Private avtaleparter",
  totalWithPrivate: "Totalt Helse Sør-Øst med private",
  incompleteCell: "ufullst.",
  incomplete: (year, units) => `${year} er ufullstendig, ingen sum: mangler ${units}.`,
  refusedHeading: (count) => `Utelatt fra tabellen: ${count}`,
  refusal: (reason, unit) => {
    if (reason.code === "unreadable") return `pakken kan ikke brukes: ${reason.detail}`;
    if (reason.code === "validation_errors")
      return `pakken har feil ved ny kontroll (antall feil: ${reason.errors}; ${reason.codes.join(", ")})`;
    if (reason.code === "unknown_unit") return `ukjent enhet ${reason.org}`;
    if (reason.code === "contradiction")
      return `pakken motsier seg selv: ${reason.field} er «${reason.values}», konvolutten sier «${reason.envelope}»`;
    return `en annen pakke for ${unit(reason.org)} ${reason.year} har andre tall (${reason.other}); ingen av dem er brukt`;
  },
  notesHeading: "Merknader",
  countRow: (choice) => `Antall ${choice}`,
  notSentRow: "Ikke sendt",
};

const EN: AggregateWords = {
  trustsTotal: "Total Helse Sør-Øst/hospitals",
  total: "Total Helse Sør-Øst",
  privateRow: "Private contracted providers",
  totalWithPrivate: "Total Helse Sør-Øst including private",
  incompleteCell: "incompl.",
  incomplete: (year, units) => `${year} is incomplete, no total: ${units} missing.`,
  refusedHeading: (count) => `Left out of the table: ${count}`,
  refusal: (reason, unit) => {
    if (reason.code === "unreadable") return `the package cannot be used: ${reason.detail}`;
    if (reason.code === "validation_errors")
      return `the package has errors when validated again (errors: ${reason.errors}; ${reason.codes.join(", ")})`;
    if (reason.code === "unknown_unit") return `unknown unit ${reason.org}`;
    if (reason.code === "contradiction")
      return `the package contradicts itself: ${reason.field} is "${reason.values}", its envelope says "${reason.envelope}"`;
    return `another package for ${unit(reason.org)} ${reason.year} has other figures (${reason.other}); neither is used`;
  },
  notesHeading: "Notes",
  countRow: (choice) => `Number ${choice}`,
  notSentRow: "Not sent",
};

/** The regional table's words in one language. */
export function aggregateWords(lang: Lang): AggregateWords {
  return lang === "nb" ? NB : EN;
}
