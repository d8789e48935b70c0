import type { Lang } from "../../shared/messages/lang";

type Params = Record<string, string | number>;
type Words = Record<BedsWord, (p: Params) => string>;

/** The words of the beds reference panel, fetched with it (not in the pane's first load). */
export type BedsWord =
  | "heading"
  | "intro"
  | "choose"
  | "unknownUnit"
  | "noUnit"
  | "otherUnit"
  | "noYear"
  | "noBeds"
  | "askTitle"
  | "ask"
  | "askYes"
  | "used"
  | "notApplied"
  | "remove"
  | "removed"
  | "cancelled";

const NB: Words = {
  heading: () => "Sist rapporterte døgnplasser",
  intro: () =>
    "Planens første år settes ved siden av døgnplassene enheten sist rapporterte. Arbeidsboken har ikke arket Døgnplasser, så velg fjorårets pakke med døgnplassene.",
  choose: () => "Velg pakken med sist rapporterte døgnplasser (.hso.json)",
  unknownUnit: (p) => `${p.file} gjelder ${p.org}, som ikke er en kjent enhet. Døgnplassene er ikke brukt.`,
  noUnit: (p) =>
    `Arbeidsboken har ikke enhet (org.nr.) ennå, så ${p.file} kan ikke kontrolleres mot den. Skriv enheten først.`,
  otherUnit: (p) =>
    `${p.file} gjelder ${p.unit}, men arbeidsboken er for ${p.workbookUnit}. Døgnplassene er ikke brukt.`,
  noYear: (p) =>
    `Arbeidsboken har ikke året planen lages ennå, så ${p.file} kan ikke kontrolleres mot det. Skriv året først.`,
  noBeds: (p) => `${p.file} (${p.unit}, ${p.year}) har ingen døgnplasser å sammenligne planen med.`,
  askTitle: (p) => `Pakken er for ${p.year}, ikke for ${p.expected}`,
  ask: (p) =>
    `Planen lages i ${p.planYear}, så sist rapporterte døgnplasser er for ${p.expected}. ${p.file} er for ${p.unit}, ${p.year}. Sammenligne planen med døgnplassene fra ${p.year} likevel?`,
  askYes: (p) => `Bruk døgnplassene fra ${p.year}`,
  used: (p) => `Planen sammenlignes med døgnplassene i ${p.file}: ${p.unit}, ${p.year} (${p.figures}).`,
  notApplied: (p) =>
    `Arbeidsboken er ikke lenger for ${p.unit} med plan laget i ${p.planYear}; døgnplassene i ${p.file} brukes ikke.`,
  remove: () => "Fjern døgnplassene",
  removed: (p) => `Døgnplassene i ${p.file} brukes ikke lenger.`,
  cancelled: () => "Døgnplassene er ikke brukt.",
};

const EN: Words = {
  heading: () => "Beds last reported",
  intro: () =>
    "The plan's first year is set beside the beds the unit last reported. The workbook has no Beds sheet, so choose last year's package with the beds.",
  choose: () => "Choose the package with the beds last reported (.hso.json)",
  unknownUnit: (p) => `${p.file} is for ${p.org}, which is not a known unit. Its beds are not used.`,
  noUnit: (p) =>
    `The workbook has no unit (org. no.) yet, so ${p.file} cannot be checked against it. Type the unit first.`,
  otherUnit: (p) =>
    `${p.file} is for ${p.unit}, but the workbook is for ${p.workbookUnit}. Its beds are not used.`,
  noYear: (p) =>
    `The workbook has no year the plan is made yet, so ${p.file} cannot be checked against it. Type the year first.`,
  noBeds: (p) => `${p.file} (${p.unit}, ${p.year}) has no beds to compare the plan with.`,
  askTitle: (p) => `The package is for ${p.year}, not for ${p.expected}`,
  ask: (p) =>
    `The plan is made in ${p.planYear}, so the beds last reported are for ${p.expected}. ${p.file} is for ${p.unit}, ${p.year}. Compare the plan with the beds of ${p.year} anyway?`,
  askYes: (p) => `Use the beds of ${p.year}`,
  used: (p) => `The plan is compared with the beds in ${p.file}: ${p.unit}, ${p.year} (${p.figures}).`,
  notApplied: (p) =>
    `The workbook is no longer for ${p.unit} with a plan made in ${p.planYear}; the beds in ${p.file} are not used.`,
  remove: () => "Remove the beds",
  removed: (p) => `The beds in ${p.file} are no longer used.`,
  cancelled: () => "The beds were not used.",
};

export const BEDS_WORDS: Record<Lang, Words> = { nb: NB, en: EN };
