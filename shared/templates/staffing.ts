import type { FieldSpec } from "./define-field";
import { defineTemplate } from "./define-template";
import type { Aliases, Words } from "./field";
import { UNIT_ORG, YEAR } from "./identity-fields";

interface Group {
  name: string;
  label: Words;
  /** Other names of the group; each headcount and FTE alias is the group's alias plus "personer"/"årsverk". */
  aliases?: Aliases;
  help: Words;
  required?: boolean;
  includes?: readonly string[];
}

/** Each group is a headcount row and its FTE twin below it. */
const GROUPS: readonly Group[] = [
  {
    name: "physicians",
    label: { nb: "Leger i alt", en: "Physicians, total" },
    help: {
      nb: "Alle leger i psykisk helsevern og TSB.",
      en: "All physicians in mental health care and TSB.",
    },
    includes: ["senior_consultants", "lis3_phbu", "lis3_phv_adult"],
  },
  {
    name: "senior_consultants",
    required: true,
    label: { nb: "Overleger, fast ansatt", en: "Senior consultants, permanent" },
    help: { nb: "Fast ansatte overleger.", en: "Permanently employed senior consultants." },
  },
  {
    name: "lis3_phbu",
    required: true,
    label: { nb: "LIS3 barne- og ungdomspsykiatri", en: "LIS3 child and adolescent psychiatry" },
    aliases: { nb: ["LIS3 (BUP)", "LIS3 BUP", "LIS3 PHBU"] },
    help: {
      nb: "Fast ansatte leger i spesialisering, del 3, barne- og ungdomspsykiatri.",
      en: "Permanently employed third-stage specialty trainees, child and adolescent psychiatry.",
    },
  },
  {
    name: "lis3_phv_adult",
    required: true,
    label: { nb: "LIS3 voksenpsykiatri", en: "LIS3 adult psychiatry" },
    aliases: { nb: ["LIS3 (VOP)", "LIS3 VOP", "LIS3 PHV voksne"] },
    help: {
      nb: "Fast ansatte leger i spesialisering, del 3, voksenpsykiatri.",
      en: "Permanently employed third-stage specialty trainees, adult psychiatry.",
    },
  },
  {
    name: "psychologists",
    required: true,
    label: { nb: "Psykologer i alt", en: "Psychologists, total" },
    help: { nb: "Psykologer og psykologspesialister.", en: "Psychologists and psychologist specialists." },
    includes: ["psychologist_specialists"],
  },
  {
    name: "psychologist_specialists",
    required: true,
    label: { nb: "Herav psykologspesialister", en: "Of which psychologist specialists" },
    help: { nb: "Psykologer med godkjent spesialitet.", en: "Psychologists with an approved specialty." },
  },
  {
    name: "nurses_mh_master",
    label: {
      nb: "Sykepleiere med master i psykisk helse og rus",
      en: "Nurses with a master's in mental health and addiction",
    },
    help: { nb: "Sykepleiere med den nye masterutdanningen.", en: "Nurses with the new master's degree." },
  },
];

const FTE_WORDS = { nb: "årsverk", en: "FTE" };

function groupSpecs(group: Group): FieldSpec[] {
  const suffix = (names: readonly string[] | undefined, end: string) =>
    names?.map((name) => `${name}_${end}`);
  return [
    {
      name: `${group.name}_headcount`,
      kind: "headcount",
      required: group.required,
      includes: suffix(group.includes, "headcount"),
      label: { nb: `${group.label.nb}, personer`, en: `${group.label.en}, headcount` },
      ...aliasesWith(group.aliases, { nb: "personer", en: "headcount" }),
      help: group.help,
    },
    {
      name: `${group.name}_fte`,
      kind: "fte",
      headcount: `${group.name}_headcount`,
      includes: suffix(group.includes, "fte"),
      label: { nb: `${group.label.nb}, ${FTE_WORDS.nb}`, en: `${group.label.en}, ${FTE_WORDS.en}` },
      ...aliasesWith(group.aliases, FTE_WORDS),
      help: {
        nb: "Avtalt stillingsprosent / 100, målt i tredje uke i november, høyst to desimaler.",
        en: "Contracted position % / 100, measured in the third week of November, at most two decimals.",
      },
    },
  ];
}

/** A group's aliases with the measure's word appended ("LIS3 (BUP), personer"). */
function aliasesWith(aliases: Aliases | undefined, word: Words): { aliases?: Aliases } {
  if (aliases === undefined) return {};
  return {
    aliases: {
      nb: aliases.nb?.map((alias) => `${alias}, ${word.nb}`),
      en: aliases.en?.map((alias) => `${alias}, ${word.en}`),
    },
  };
}

const SICK_LEAVE: FieldSpec = {
  name: "sick_leave_pct",
  kind: "percent",
  compared: false,
  label: { nb: "Sykefravær", en: "Sick leave" },
  aliases: { nb: ["Sykefravær (%)", "Sykefravær i prosent", "Sykefravær totalt"], en: ["Sick leave (%)"] },
  help: { nb: "Sykefravær i prosent, 0–100.", en: "Sick leave in percent, 0–100." },
};

const FIGURES = [...GROUPS.flatMap(groupSpecs), SICK_LEAVE];

/** The annual staffing return (bemanning): headcounts with FTE twins and sick leave. */
export const STAFFING = defineTemplate({
  id: "staffing",
  version: "2025.1",
  sheet: "Bemanning",
  name: { nb: "Bemanning", en: "Staffing" },
  title: {
    nb: "Bemanning i psykisk helsevern og TSB",
    en: "Staffing in mental health care and substance-use treatment",
  },
  change: { absolute: 5, percent: 5 },
  identity: [UNIT_ORG, YEAR],
  sections: [{ fields: FIGURES }],
});
