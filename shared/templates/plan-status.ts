import type { FieldSpec } from "./define-field";
import type { SectionSpec } from "./define-template";
import { defineTemplate } from "./define-template";
import type { Words } from "./field";
import { UNIT_ORG, YEAR } from "./identity-fields";

/** One of the trusts' measures: its id and the plan's own words for what the trusts shall do. */
type Measure = readonly [name: string, label: Words];

const HELP: Words = {
  nb: "Status for tiltaket: ikke startet, under arbeid eller på plass. Skriv en kommentar med mindre tiltaket er på plass, og når status går tilbake fra i fjor.",
  en: "The measure's status: not started, in progress or in place. Write a comment unless the measure is in place, and when the status goes back from last year.",
};

function measure([name, label]: Measure): FieldSpec {
  return { name, kind: "status", label, help: HELP };
}

function area(title: Words, measures: readonly Measure[]): SectionSpec {
  return { title, fields: measures.map(measure) };
}

const CHILDREN: readonly Measure[] = [
  [
    "children_24_7",
    {
      nb: "Tilgjengelig tilbud 24/7 for barn og unge innen psykisk helsevern",
      en: "Care available 24/7 for children and young people in mental health care",
    },
  ],
  [
    "children_ambulant_standard",
    { nb: "Standard for bruk av ambulant virksomhet", en: "A standard for the use of ambulant services" },
  ],
  [
    "children_pathways",
    {
      nb: "Tydeliggjøre og utvikle behandlingsforløp for barn og unge som trenger tjenester fra både spesialisthelsetjenesten og kommunen, gjennom helsefellesskapene",
      en: "Clear and developed pathways for children and young people who need both specialist and municipal services, through the health communities",
    },
  ],
];

const SELF_HARM: readonly Measure[] = [
  [
    "self_harm_routines_children",
    {
      nb: "Skriftlige rutiner for kartlegging av selvskading og tiltak ved selvskading hos barn og unge",
      en: "Written routines for mapping and handling self-harm among children and young people",
    },
  ],
  [
    "self_harm_emergency_routines",
    {
      nb: "Rutiner ved somatiske akuttmottak for god håndtering av pasienter ved selvskading eller selvmordsforsøk",
      en: "Routines at somatic emergency departments for patients after self-harm or a suicide attempt",
    },
  ],
  [
    "discharge_follow_up",
    {
      nb: "Rutiner for oppfølging etter utskrivelse, inkludert oppdatert kriseplan med tiltak og intervensjoner i kommunen",
      en: "Routines for follow-up after discharge, including an updated crisis plan with measures in the municipality",
    },
  ],
  [
    "discharge_summary_same_day",
    {
      nb: "Rutiner for at epikrise sendes samtidig som utskrivelse etter selvmordsforsøk/selvskading",
      en: "Routines for sending the discharge summary at discharge after a suicide attempt or self-harm",
    },
  ],
  [
    "relatives_involvement",
    {
      nb: "Rutiner for involvering og samarbeid med pårørende, inkludert i kriseplan og ved risikovurderinger",
      en: "Routines for involving and cooperating with relatives, including in crisis plans and risk assessments",
    },
  ],
  [
    "bereaved_follow_up",
    {
      nb: "Rutiner for helhetlig oppfølging av etterlatte, med særlig fokus på barn/unge som etterlatte",
      en: "Routines for following up the bereaved, with particular care for children and young people",
    },
  ],
];

const COERCION: readonly Measure[] = [
  [
    "coercion_report_measures",
    {
      nb: "Videreføre arbeidet med tiltakene i rapporten Redusert bruk av tvangsmidler innen psykisk helsevern i Helse Sør-Øst (2019)",
      en: "Carry on the measures of the 2019 report on reduced use of coercive means in Helse Sør-Øst",
    },
  ],
  [
    "coercion_audit_findings",
    {
      nb: "Arbeide videre med funn i konsernrevisjonens rapport innen tvang",
      en: "Work on the findings of the corporate audit's report on coercion",
    },
  ],
  [
    "coercion_buildings",
    {
      nb: "Vektlegge bygnings- og utstyrsmessige løsninger som legger til rette for god, tvangsforebyggende behandling",
      en: "Weigh building and equipment solutions that support good care that prevents coercion",
    },
  ],
];

const COOCCURRING: readonly Measure[] = [
  [
    "cooccurring_somatic_health",
    {
      nb: "Følge anbefalingene om å ivareta somatisk helse og gode levevaner i pakkeforløp for psykiske lidelser og rusbehandling",
      en: "Follow the recommendations on somatic health and good habits in the care pathways for mental illness and substance use",
    },
  ],
  [
    "cooccurring_ward_routines",
    {
      nb: "Rutiner for hvilken avdeling/seksjon pasienter med ROP-lidelser skal behandles ved, og for samordnet og integrert behandling",
      en: "Routines for which ward treats patients with co-occurring disorders, and for coordinated, integrated treatment",
    },
  ],
  [
    "cooccurring_pathways",
    {
      nb: "Utvikle og tydeliggjøre behandlingsforløp for pasienter med ROP-lidelser som trenger tjenester fra både spesialisthelsetjenesten og kommunen",
      en: "Develop pathways for patients with co-occurring disorders who need both specialist and municipal services",
    },
  ],
];

const ALCOHOL: readonly Measure[] = [
  [
    "alcohol_referral_routines",
    {
      nb: "Rutiner for kontakt og henvisning mellom somatikken, psykisk helsevern og tverrfaglig spesialisert rusbehandling",
      en: "Routines for contact and referral between somatic care, mental health care and substance use treatment (TSB)",
    },
  ],
  [
    "alcohol_audit_c_intake",
    {
      nb: "Alkoholbruk som eget punkt i inntakssamtalen i somatikken (AUDIT-C eller tilsvarende), med tiltak for videre oppfølging",
      en: "Alcohol use as its own point of the somatic intake interview (AUDIT-C or similar), with follow-up",
    },
  ],
];

const NEURODEVELOPMENTAL: readonly Measure[] = [
  [
    "neurodevelopmental_pathways",
    {
      nb: "Utvikle og tydeliggjøre behandlingsforløp for pasienter med nevroutviklingsforstyrrelser som trenger tjenester fra både spesialisthelsetjenesten og kommunen",
      en: "Develop pathways for patients with neurodevelopmental disorders who need both specialist and municipal services",
    },
  ],
];

/** The board paper's own measure: intake assessed together with the municipality ("Én vei inn"). */
const JOINT_INTAKE: readonly Measure[] = [
  [
    "joint_intake",
    {
      nb: "Felles inntak med kommunehelsetjenesten (integrert inntak – «Én vei inn»)",
      en: "Joint intake with the municipal health service (integrated intake, “Én vei inn”)",
    },
  ],
];

/**
 * Plan status (status for tiltak): each trust's status on the regional plan's measures, one row per
 * measure under its focus area, and the board paper's joint intake. A status is a choice, not a
 * figure: never summed or compared as a number; last year's status is shown beside it, and the
 * comment (`note.plan_status.<measure>`) is owed unless the measure is in place.
 */
export const PLAN_STATUS = defineTemplate({
  id: "plan_status",
  version: "2026.1",
  sheet: "Tiltak",
  name: { nb: "Status for tiltak", en: "Plan status" },
  title: {
    nb: "Regional fagplan for psykisk helsevern og rusbehandling: status for tiltak",
    en: "Regional plan for mental health care and substance use treatment: status of measures",
  },
  instruction: {
    nb: "Velg status for hvert tiltak (ikke startet, under arbeid, på plass). Kommenter alle tiltak som ikke er på plass, og alle som har gått tilbake fra i fjor.",
    en: "Choose each measure's status (not started, in progress, in place). Comment on every measure not in place, and on every one that went back from last year.",
  },
  // Statuses are not figures: no field is compared as a number, so these thresholds never apply.
  change: { percent: 5 },
  firstYear: 2025,
  identity: [UNIT_ORG, YEAR],
  sections: [
    area({ nb: "Barn og unge", en: "Children and young people" }, CHILDREN),
    area({ nb: "Forebygging av selvmord og selvskading", en: "Suicide and self-harm prevention" }, SELF_HARM),
    area({ nb: "Redusert og riktig bruk av tvang", en: "Less and right use of coercion" }, COERCION),
    area(
      {
        nb: "Samtidig ruslidelse og psykisk lidelse (ROP)",
        en: "Co-occurring substance use and mental illness",
      },
      COOCCURRING,
    ),
    area({ nb: "Alkohol: tidlig intervensjon", en: "Alcohol: early intervention" }, ALCOHOL),
    area({ nb: "Nevroutviklingsforstyrrelser", en: "Neurodevelopmental disorders" }, NEURODEVELOPMENTAL),
    area({ nb: "Integrert inntak", en: "Integrated intake" }, JOINT_INTAKE),
  ],
});
