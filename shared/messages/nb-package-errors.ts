import type { MessageCatalogue } from "./message-catalogue";
import { counted } from "./plural";

const LEVELS = { one: "nivå", other: "nivåer" };

/** Norsk bokmål: why a package was refused (part of `NB`, nb-catalogue.ts; apart so the task pane can fetch it later). */
export const NB_PACKAGE_ERRORS: MessageCatalogue["packageErrors"] = {
  package_empty: () => "Filen er tom.",
  package_not_utf8: (p) =>
    `Filen er ikke UTF-8-tekst (ugyldig byte ved posisjon ${p.byte}); den er trolig lagret i en annen tegnkoding, som Latin-1. Lagre den som UTF-8.`,
  package_not_json: (p) =>
    `Filen er ikke gyldig JSON: ${p.found ? `uventet «${p.found}»` : "filen slutter for tidlig"} på linje ${p.line}, kolonne ${p.column}.`,
  package_duplicate_key: (p) =>
    `Nøkkelen «${p.key}» står to ganger ${p.path ? `i ${p.path}` : "på øverste nivå"}: hvilken av verdiene som gjelder, kan ikke vites.`,
  package_lone_surrogate: (p) =>
    `Teksten ved ${p.path} har et ensomt surrogattegn (\\uD800–\\uDFFF uten sin partner) og er ikke gyldig Unicode.`,
  package_too_deep: (p) =>
    `Pakken er nestet dypere enn formatet tillater (høyst ${counted("nb", p.depth, p.depthN, LEVELS)}) ved ${p.path}.`,
  package_format: (p) => `Ukjent format «${p.format}»; forventet hso-package@1.`,
  package_not_object: () => "Pakken er ikke et JSON-objekt.",
  package_missing_member: (p) => `Pakken mangler ${p.path}.`,
  package_no_templates: () => "Pakken har ingen maler.",
  package_digest_form: () => "Kontrollsummen må være sha256: og 64 heksadesimale tegn.",
  package_type: (p) => `Feil type ved ${p.path}: forventet ${p.expected}.`,
  package_choice: (p) => `«${p.value}» ved ${p.path} er ikke et gyldig valg; gyldige koder er ${p.choices}.`,
  package_unknown_field: (p) =>
    `Ukjent felt «${p.field}»${p.path && p.path !== p.field ? ` (ved ${p.path})` : ""}.`,
  package_prototype_key: (p) => `Ulovlig nøkkel «${p.key}» ved ${p.path}.`,
  package_digest: () => "Kontrollsummen stemmer ikke: pakken er endret etter at den ble laget.",
  package_digest_replaced: () =>
    "Kontrollsummen stemmer ikke, og teksten har erstatningstegn (U+FFFD): filen er trolig lagret eller lest i en annen tegnkoding enn UTF-8. Lagre den som UTF-8.",
  package_unit: (p) => `Ugyldig organisasjonsnummer i pakken: «${p.org}».`,
  package_year: (p) => `Ugyldig år i pakken: ${p.year} (må være mellom 2000 og 2100).`,
  package_template_version: (p) =>
    `Malen ${p.template} har versjon ${p.version}, men denne versjonen av verktøyet kjenner ${p.expected}.`,
  package_unit_contradiction: (p) =>
    `Pakken motsier seg selv: ${p.path} er ${p.value}, men unit.org er ${p.envelope}.`,
  package_year_contradiction: (p) =>
    `Pakken motsier seg selv: ${p.path} er ${p.value}, men year er ${p.envelope}.`,
};
