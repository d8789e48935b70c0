import type { FieldSpec } from "./define-field";
import { defineTemplate } from "./define-template";
import { UNIT_ORG, YEAR } from "./identity-fields";

const COUNT_DATE: FieldSpec = {
  name: "count_date",
  kind: "date",
  label: { nb: "Telledato", en: "Count date" },
  help: {
    nb: "Datoen plassene ble telt (punkttelling, normalt i november).",
    en: "The date the beds were counted (point count, normally in November).",
  },
};

/** The figures, in sheet order from row 7 (the totals' formulas name these rows). */
const FIGURES: readonly FieldSpec[] = [
  {
    name: "phv_adult_hospital",
    kind: "beds",
    label: { nb: "PHV voksne, sykehusnivå", en: "Adult mental health, hospital level" },
    // "hvorav sykehusnivå" beside "Totalt" in PHV voksne's row (adversary round 5, C20).
    aliases: {
      nb: [
        "VOP, sykehusnivå",
        "Voksne, sykehusnivå",
        "PHV voksne, herav sykehusnivå",
        "Voksne, herav sykehusnivå",
      ],
      en: ["Adults, hospital level", "Adults, of which hospital level"],
    },
    help: {
      nb: "Døgnplasser på sykehusnivå (akutt, sikkerhetspsykiatri).",
      en: "Beds at hospital level (acute, security psychiatry).",
    },
  },
  {
    name: "phv_adult_dps",
    kind: "beds",
    label: { nb: "PHV voksne, DPS", en: "Adult mental health, DPS" },
    aliases: {
      nb: ["VOP, DPS", "Voksne, DPS", "PHV voksne, herav DPS", "Voksne, herav DPS"],
      en: ["Adults, DPS", "Adults, of which DPS"],
    },
    help: {
      nb: "Døgnplasser ved distriktspsykiatriske sentre.",
      en: "Beds at district psychiatric centres.",
    },
  },
  {
    name: "phv_adult_total",
    kind: "beds",
    required: true,
    parts: ["phv_adult_hospital", "phv_adult_dps"],
    formula: 'IF(COUNT(C7:C8)=0,"",SUM(C7:C8))',
    label: { nb: "PHV voksne, i alt", en: "Adult mental health, total" },
    aliases: { nb: ["VOP, i alt", "Voksne, i alt"], en: ["Adults, total"] },
    help: { nb: "Sykehusnivå pluss DPS.", en: "Hospital level plus DPS." },
  },
  {
    name: "phbu_total",
    kind: "beds",
    label: { nb: "PHBU, i alt", en: "Child and adolescent mental health, total" },
    aliases: { nb: ["BUP, i alt", "Barn og unge, i alt"], en: ["Children and adolescents, total"] },
    help: {
      nb: "Døgnplasser i psykisk helsevern for barn og unge.",
      en: "Beds in child and adolescent mental health care.",
    },
  },
  {
    name: "tsb_total",
    kind: "beds",
    label: { nb: "TSB, i alt", en: "Substance-use treatment, total" },
    aliases: { nb: ["Rusbehandling, i alt"], en: ["SUD treatment, total"] },
    help: {
      nb: "Døgnplasser i tverrfaglig spesialisert rusbehandling.",
      en: "Beds in interdisciplinary specialised substance-use treatment.",
    },
  },
  {
    name: "all_total",
    kind: "beds",
    parts: ["phv_adult_total", "phbu_total", "tsb_total"],
    includes: ["temporarily_closed"],
    formula: 'IF(COUNT(C9:C11)=0,"",SUM(C9:C11))',
    label: { nb: "Døgnplasser i alt", en: "All beds" },
    // An English form's "Beds, total" was not found (adversary round 7, E28).
    aliases: { nb: ["Sum døgnplasser"], en: ["Beds, total", "Total beds"] },
    help: { nb: "PHV voksne, PHBU og TSB.", en: "Adult, child and adolescent, and substance-use beds." },
  },
  {
    name: "temporarily_closed",
    kind: "beds",
    label: { nb: "Herav midlertidig stengt", en: "Of which temporarily closed" },
    help: {
      nb: "Plasser som er midlertidig stengt på telledatoen; forklar årsaken.",
      en: "Beds temporarily closed on the count date; explain why.",
    },
  },
  {
    name: "bought_from_other_units",
    kind: "beds",
    label: {
      nb: "Kjøpt fra andre enheter (ikke med over)",
      en: "Bought from other units (not counted above)",
    },
    help: {
      nb: "Plasser kjøpt fra andre foretak; de telles hos den som driver dem.",
      en: "Beds bought from other trusts; they are counted by the unit that runs them.",
    },
  },
  {
    name: "hospital_at_home_places",
    kind: "places",
    label: { nb: "Sykehus hjemme (ikke døgnplasser)", en: "Hospital at home (not beds)" },
    help: {
      nb: "Plasser i sykehus hjemme og lignende; rapporteres utenom døgnplassene.",
      en: "Hospital-at-home places and the like; reported apart from beds.",
    },
  },
  {
    // Asked of Helse Sør-Øst RHF's agreement management only (shared/units/unit-returns.ts).
    name: "private_contracted_phv_adult",
    kind: "beds",
    label: {
      nb: "PHV voksne, private avtaleparter (RHF)",
      en: "Adult mental health, private contracted providers (RHF)",
    },
    help: {
      nb: "Døgnplasser kjøpt fra private avtaleparter, kvalitetssikret av avtaleforvaltningen; halve plasser er lov.",
      en: "Beds bought from private contracted providers, quality-assured by agreement management; half beds allowed.",
    },
  },
];

/** The annual bed return (døgnplasser): the package format's minimum catalogue and a few more. */
export const BEDS = defineTemplate({
  id: "beds",
  version: "2025.1",
  sheet: "Døgnplasser",
  name: { nb: "Døgnplasser", en: "Beds" },
  title: {
    nb: "Døgnplasser i psykisk helsevern og TSB",
    en: "Beds in mental health care and substance-use treatment",
  },
  change: { absolute: 5, percent: 5 },
  identity: [UNIT_ORG, YEAR, COUNT_DATE],
  sections: [{ fields: FIGURES }],
});
