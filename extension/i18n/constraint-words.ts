import type { Lang } from "../../shared/messages/lang";
import type { PageConstraint } from "../content/content-api";

/** Which of a field's own limits refused a figure, in words (the attribute named for the technical reader). */
const NB: Record<PageConstraint, string> = {
  maxlength: "lengre enn feltet tillater (maxlength)",
  type: "feltet kan ikke holde tallet slik det er skrevet (type)",
  max: "større enn feltets høyeste verdi (max)",
  min: "mindre enn feltets laveste verdi (min)",
  step: "feltet tar bare verdier i bestemte trinn; et tallfelt uten step tar bare hele tall (step)",
  pattern: "passer ikke feltets mønster (pattern)",
  validity: "sidens egen kontroll godtar ikke tallet slik det ble skrevet; feltet er satt tilbake (validity)",
};

const EN: Record<PageConstraint, string> = {
  maxlength: "longer than the field allows (maxlength)",
  type: "the field cannot hold the figure as written (type)",
  max: "above the field's maximum (max)",
  min: "below the field's minimum (min)",
  step: "the field takes only values in set steps; a number field without step takes whole numbers only (step)",
  pattern: "does not fit the field's pattern (pattern)",
  validity: "the page's own check rejects the figure as written; the field was put back (validity)",
};

/** Why the page refused a figure, in one language. */
export function constraintWords(lang: Lang, constraint: PageConstraint): string {
  return (lang === "nb" ? NB : EN)[constraint];
}

/** What became of a field whose written figure the page's own code changed. */
export function restoredWords(lang: Lang, restored: boolean): string {
  if (lang === "nb") {
    return restored
      ? "siden endret tallet; feltet er satt tilbake til det det hadde før"
      : "siden endret tallet, og feltet ville ikke ta tilbake det det hadde før";
  }
  return restored
    ? "the page changed the figure; the field was put back to what it held before"
    : "the page changed the figure, and the field would not take back what it held before";
}
