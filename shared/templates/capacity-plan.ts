import type { FieldSpec } from "./define-field";
import type { SectionSpec } from "./define-template";
import { defineTemplate } from "./define-template";
import type { Words } from "./field";
import { UNIT_ORG } from "./identity-fields";

/** The years a plan covers (docs/domain.md: planned changes through 2032); the ids name each. */
const FIRST_PLAN_YEAR = 2026;
const LAST_PLAN_YEAR = 2032;
const PLAN_YEARS = Array.from(
  { length: LAST_PLAN_YEAR - FIRST_PLAN_YEAR + 1 },
  (_, index) => FIRST_PLAN_YEAR + index,
);

/** The service areas a plan is made for, each with the bed total its first year is checked against. */
interface Area {
  name: "phv_adult" | "phbu" | "tsb";
  words: Words;
  reported: string;
  /** Every unit that makes a plan has adult beds; a unit without PHBU or TSB beds leaves them blank. */
  required: boolean;
}

const AREAS: readonly Area[] = [
  {
    name: "phv_adult",
    words: { nb: "PHV voksne", en: "Adult mental health" },
    reported: "beds.phv_adult_total",
    required: true,
  },
  {
    name: "phbu",
    words: { nb: "PHBU", en: "Child and adolescent mental health" },
    reported: "beds.phbu_total",
    required: false,
  },
  {
    name: "tsb",
    words: { nb: "TSB", en: "Substance-use treatment" },
    reported: "beds.tsb_total",
    required: false,
  },
];

/** One planned figure: the first year is checked against the beds last reported, later ones against the year before. */
function plannedBeds(area: Area, year: number): FieldSpec {
  const first = year === FIRST_PLAN_YEAR;
  return {
    name: `${area.name}_${year}`,
    kind: "beds",
    required: area.required,
    // A plan's figure is compared within the plan, not with last year's plan (rule 4 is for actual beds).
    compared: false,
    plannedFor: year,
    ...(first ? { reported: area.reported, note: true } : { against: `${area.name}_${year - 1}` }),
    label: { nb: `${area.words.nb}, planlagt ${year}`, en: `${area.words.en}, planned ${year}` },
    help: first
      ? {
          nb: `Planlagte døgnplasser i ${year}, hele eller halve; sammenlignes med sist rapporterte døgnplasser.`,
          en: `Beds planned for ${year}, whole or half; compared with the beds last reported.`,
        }
      : {
          nb: `Planlagte døgnplasser i ${year}; en endring på minst 5 fra ${year - 1} må begrunnes i kolonne F.`,
          en: `Beds planned for ${year}; a change of at least 5 from ${year - 1} needs a reason in column F.`,
        },
  };
}

function areaSection(area: Area): SectionSpec {
  return {
    title: { nb: `${area.words.nb}: planlagte døgnplasser`, en: `${area.words.en}: planned beds` },
    fields: PLAN_YEARS.map((year) => plannedBeds(area, year)),
  };
}

/** The year the plan is made in, not a year it plans for. */
const PLAN_MADE: FieldSpec = {
  name: "year",
  kind: "year",
  required: true,
  label: { nb: "Året planen lages", en: "Year the plan is made" },
  help: {
    nb: "Året planen er laget (leveres), ikke årene den planlegger for.",
    en: "The year the plan is made (delivered), not the years it plans for.",
  },
};

/**
 * The capacity plan (kapasitetsplan): planned beds per service area for each year 2026–2032, in line
 * with the revised projection model (docs/domain.md). One section per service area, one row per year;
 * column D shows the plan's year before and column E the change, so a controller reads each area's
 * path down the sheet. A planned change of at least 5 beds from one year to the next needs a reason
 * (plan-change-needs-reason); the first year is set beside the beds last reported
 * (plan-first-year-against-beds, information only).
 */
export const CAPACITY_PLAN = defineTemplate({
  id: "capacity_plan",
  version: "2025.1",
  sheet: "Kapasitetsplan",
  name: { nb: "Kapasitetsplan", en: "Capacity plan" },
  title: {
    nb: "Kapasitetsplan: planlagte døgnplasser 2026–2032",
    en: "Capacity plan: planned beds 2026–2032",
  },
  // Only the bed threshold applies within a plan; percentages are for year-over-year actual figures.
  change: { absolute: 5, percent: Number.POSITIVE_INFINITY },
  instruction: {
    nb: "Skriv planlagte døgnplasser per år i kolonne C (halve plasser er lov). En endring på minst 5 plasser fra året før i planen må begrunnes i kolonne F.",
    en: "Type the planned beds per year in column C (half beds allowed). A change of at least 5 beds from the plan's year before needs a reason in column F.",
  },
  firstYear: 2025,
  identity: [UNIT_ORG, PLAN_MADE],
  sections: AREAS.map(areaSection),
});
