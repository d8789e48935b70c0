import type { FieldSpec } from "./define-field";

/** The reporting unit, the first field of every template. */
export const UNIT_ORG: FieldSpec = {
  name: "unit_org",
  kind: "org",
  required: true,
  label: { nb: "Rapporterende enhet (org.nr.)", en: "Reporting unit (org. no.)" },
  // Unit lists are often labelled without "(org.nr.)": they show the units' names. A SharePoint
  // list of the trusts' returns names its unit column by what the units are: "Helseforetak".
  aliases: { nb: ["Rapporterende enhet", "Helseforetak"], en: ["Reporting unit", "Health trust"] },
  help: {
    nb: "Organisasjonsnummeret til helseforetaket, ni sifre.",
    en: "The trust's organisation number, nine digits.",
  },
};

/** The year the figures are for, the second field of every template. */
export const YEAR: FieldSpec = {
  name: "year",
  kind: "year",
  required: true,
  label: { nb: "Rapporteringsår", en: "Reporting year" },
  help: { nb: "Året tallene gjelder.", en: "The year the figures are for." },
};
