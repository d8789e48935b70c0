import type { FieldSpec } from "./define-field";
import { defineTemplate } from "./define-template";
import type { Words } from "./field";
import { UNIT_ORG, YEAR } from "./identity-fields";

/** The two patient groups the board paper follows: adults (PHV voksne) and children and adolescents (PHBU). */
type Group = "adult" | "children";

const GROUP_WORDS: Record<Group, Words> = {
  adult: { nb: "voksne", en: "adults" },
  children: { nb: "barn og unge", en: "children and adolescents" },
};

const AREA_WORDS: Record<Group, Words> = {
  adult: { nb: "psykisk helsevern for voksne", en: "adult mental health care" },
  children: { nb: "psykisk helsevern for barn og unge", en: "child and adolescent mental health care" },
};

function waiting(group: Group): FieldSpec {
  const who = GROUP_WORDS[group];
  return {
    name: `wait_days_${group}`,
    kind: "days",
    label: {
      nb: `Ventetid til påstartet helsehjelp, ${who.nb}`,
      en: `Waiting time to start of care, ${who.en}`,
    },
    help: {
      nb: `Gjennomsnittlig ventetid i dager til helsehjelpen startet, ${AREA_WORDS[group].nb}; én desimal.`,
      en: `Mean waiting time in days until care started, ${AREA_WORDS[group].en}; one decimal.`,
    },
  };
}

function referrals(group: Group): FieldSpec[] {
  const who = GROUP_WORDS[group];
  return [
    {
      name: `referrals_received_${group}`,
      kind: "count",
      includes: [`referrals_rejected_${group}`],
      label: { nb: `Mottatte henvisninger, ${who.nb}`, en: `Referrals received, ${who.en}` },
      help: {
        nb: `Henvisninger mottatt i året, ${AREA_WORDS[group].nb}.`,
        en: `Referrals received in the year, ${AREA_WORDS[group].en}.`,
      },
    },
    {
      name: `referrals_rejected_${group}`,
      kind: "count",
      label: { nb: `Avviste henvisninger, ${who.nb}`, en: `Referrals rejected, ${who.en}` },
      help: {
        nb: "Henvisninger som ble avvist; aldri flere enn de mottatte.",
        en: "Referrals rejected; never more than those received.",
      },
    },
    {
      name: `rejection_rate_${group}`,
      kind: "share",
      share: { part: `referrals_rejected_${group}`, whole: `referrals_received_${group}` },
      label: { nb: `Avvisningsrate, ${who.nb}`, en: `Rejection rate, ${who.en}` },
      help: {
        nb: "Avviste / mottatte × 100; regnes ut, skrives ikke.",
        en: "Rejected / received × 100; computed, not typed.",
      },
    },
  ];
}

function consultations(group: Group): FieldSpec[] {
  const who = GROUP_WORDS[group];
  const total = `consultations_${group}`;
  const by = (channel: "phone" | "video", words: Words): FieldSpec[] => [
    {
      name: `consultations_${channel}_${group}`,
      kind: "count",
      label: { nb: `Herav ${words.nb}, ${who.nb}`, en: `Of which by ${words.en}, ${who.en}` },
      help: {
        nb: `Polikliniske konsultasjoner gjennomført ${channel === "phone" ? "på telefon" : "på video"}.`,
        en: `Outpatient consultations held by ${words.en}.`,
      },
    },
    {
      name: `${channel}_share_${group}`,
      kind: "share",
      share: { part: `consultations_${channel}_${group}`, whole: total },
      label: { nb: `Andel ${words.nb}, ${who.nb}`, en: `Share by ${words.en}, ${who.en}` },
      help: {
        nb: `Konsultasjoner ${channel === "phone" ? "på telefon" : "på video"} / alle × 100; regnes ut, skrives ikke.`,
        en: `Consultations by ${words.en} / all × 100; computed, not typed.`,
      },
    },
  ];
  return [
    {
      name: total,
      kind: "count",
      includes: [`consultations_phone_${group}`, `consultations_video_${group}`],
      label: { nb: `Polikliniske konsultasjoner, ${who.nb}`, en: `Outpatient consultations, ${who.en}` },
      help: {
        nb: `Alle polikliniske konsultasjoner i året, ${AREA_WORDS[group].nb}.`,
        en: `All outpatient consultations in the year, ${AREA_WORDS[group].en}.`,
      },
    },
    ...by("phone", { nb: "telefon", en: "telephone" }),
    ...by("video", { nb: "video", en: "video" }),
  ];
}

function bedDays(group: Group): FieldSpec {
  const who = GROUP_WORDS[group];
  return {
    name: `bed_days_${group}`,
    kind: "count",
    label: { nb: `Liggedøgn, ${who.nb}`, en: `Bed days, ${who.en}` },
    help: {
      nb: `Liggedøgn i året, ${AREA_WORDS[group].nb}.`,
      en: `Bed days in the year, ${AREA_WORDS[group].en}.`,
    },
  };
}

const DIGITAL: readonly FieldSpec[] = [
  {
    name: "ebehandling_patients",
    kind: "count",
    label: { nb: "Pasienter i eBehandling", en: "Patients in guided internet treatment (eBehandling)" },
    help: {
      nb: "Pasienter som fikk terapeutveiledet internettbehandling (eBehandling) i året.",
      en: "Patients who received therapist-guided internet treatment (eBehandling) in the year.",
    },
  },
  {
    name: "delmedmeg_coverage_pct",
    kind: "percent",
    label: { nb: "Dekning DelMedMeg, voksne poliklinisk", en: "DelMedMeg coverage, adult outpatients" },
    help: {
      nb: "Andel voksne polikliniske pasienter med pasientrapporterte utfallsdata i DelMedMeg, prosent.",
      en: "Share of adult outpatients with patient-reported outcome data in DelMedMeg, percent.",
    },
  },
];

/**
 * Activity (aktivitet): the board paper's waiting times, referrals and the rejection rate, outpatient
 * consultations by telephone and video, bed days, eBehandling and DelMedMeg. Rates and shares are the
 * sheet's formulas and the core's figures, never typed. Counts swing more than beds, so a change of
 * 10 % from last year needs an explanation (rule 4 with this template's own threshold).
 */
export const ACTIVITY = defineTemplate({
  id: "activity",
  version: "2026.1",
  sheet: "Aktivitet",
  name: { nb: "Aktivitet", en: "Activity" },
  title: {
    nb: "Aktivitet i psykisk helsevern: ventetid, henvisninger, konsultasjoner",
    en: "Activity in mental health care: waiting times, referrals, consultations",
  },
  change: { percent: 10 },
  firstYear: 2025,
  identity: [UNIT_ORG, YEAR],
  sections: [
    {
      title: { nb: "Ventetid", en: "Waiting time" },
      fields: [waiting("adult"), waiting("children")],
    },
    {
      title: { nb: "Henvisninger", en: "Referrals" },
      fields: [...referrals("adult"), ...referrals("children")],
    },
    {
      title: { nb: "Polikliniske konsultasjoner", en: "Outpatient consultations" },
      fields: [...consultations("adult"), ...consultations("children")],
    },
    {
      title: { nb: "Liggedøgn", en: "Bed days" },
      fields: [bedDays("adult"), bedDays("children")],
    },
    {
      title: {
        nb: "Digital behandling og pasientrapporterte data",
        en: "Digital care and patient-reported data",
      },
      fields: DIGITAL,
    },
  ],
});
