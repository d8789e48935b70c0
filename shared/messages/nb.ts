import type { MessageCatalogue } from "./message-catalogue";

/** Norsk bokmål: the product's first language. */
export const NB: MessageCatalogue = {
  issues: {
    name_missing: (p) => `Det definerte navnet «${p.name}» mangler i arbeidsboken; feltet kan ikke finnes.`,
    required_missing: () => "Må fylles ut.",
    total_parts_missing: (p) => `Summen regnes ut av delene; fyll ut ${p.parts}.`,
    value_missing: () => "Ikke oppgitt.",
    cell_error: (p) => `Cellen inneholder feilverdien ${p.error}; skriv inn et tall.`,
    not_a_number: (p) => `«${p.text}» er ikke et tall${p.reason ? ` (${p.reason})` : ""}.`,
    number_as_text: (p) =>
      `Tallet er lagret som tekst («${p.text}»); lest som ${p.value}. Skriv det inn som tall.`,
    below_min: (p) => `${p.value} er mindre enn laveste tillatte verdi ${p.min}.`,
    above_max: (p) => `${p.value} er større enn høyeste tillatte verdi ${p.max}.`,
    not_half_step: (p) => `${p.value} er ikke et helt eller halvt antall plasser.`,
    not_integer: (p) => `${p.value} er ikke et helt antall personer.`,
    too_many_decimals: (p) => `${p.value} har flere enn ${p.decimals} desimaler.`,
    total_mismatch: (p) => `Summen ${p.total} er ikke lik summen av delene (${p.sum}).`,
    part_exceeds_whole: (p) => `Delene (${p.sum}) er større enn helheten (${p.whole}).`,
    fte_exceeds_headcount: (p) =>
      `Årsverk (${p.fte}) er flere enn personer (${p.headcount}); forklar hvorfor.`,
    org_invalid: (p) => `«${p.text}» er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke).`,
    org_unknown: (p) => `Organisasjonsnummer ${p.org} er ikke en kjent rapporterende enhet i Helse Sør-Øst.`,
    unit_mismatch: (p) => `Enheten ${p.org} er ikke den samme som ${p.other} i ${p.otherField}.`,
    field_not_asked: (p) =>
      `Dette tallet rapporteres ikke av enheten ${p.org}: private avtaleparter rapporteres bare av Helse Sør-Øst RHF, foretakenes egne plasser bare av foretakene.`,
    year_invalid: (p) => `«${p.text}» er ikke et gyldig årstall.`,
    year_mismatch: (p) => `Året er ${p.actual}, men rapporteringen gjelder ${p.expected}.`,
    count_date_missing: () => "Telledato mangler.",
    count_date_invalid: (p) => `«${p.text}» er ikke en dato (bruk dd.mm.åååå).`,
    count_date_outside_year: (p) => `Telledatoen ${p.date} ligger utenfor rapporteringsåret ${p.year}.`,
    change_unexplained: (p) =>
      `Endring fra ${p.previous} i fjor til ${p.current} (${p.change}, ${p.percent} %) må forklares.`,
    cell_merged: (p) =>
      `Cellen er en del av de sammenslåtte cellene ${p.merge} og leses ikke; del opp sammenslåingen og skriv tallet i cellen.`,
    formula_without_result: (p) =>
      `Formel uten lagret resultat (=${p.formula}): åpne og lagre filen i Excel (eller LibreOffice), så leses tallet.`,
    name_not_a_cell: (p) =>
      `Det definerte navnet «${p.name}» viser til ${NB_TARGETS[p.kind ?? ""] ?? "noe annet"} (${p.refersTo}), ikke til én celle; feltet kan ikke leses.`,
    name_several_cells: (p) =>
      `Det definerte navnet «${p.name}» dekker flere celler (${p.range}); det skal vise til én celle.`,
    name_sheet_only: (p) =>
      `Navnet «${p.name}» finnes bare på arknivå i arket «${p.sheet}» (et kopiert ark?); feltene må være navn på arbeidsboknivå.`,
    name_sheet_copy: (p) =>
      `Arket «${p.sheet}» har egne kopier av ${p.count} av feltenes navn (på arknivå, som når et ark kopieres); de leses ikke – bare arbeidsbokens navn gjelder.`,
    name_case: (p) =>
      `Det definerte navnet er skrevet «${p.written}»; Excel skiller ikke store og små bokstaver, så det leses som «${p.name}».`,
  },
  packageErrors: {
    package_empty: () => "Filen er tom.",
    package_not_json: (p) => `Filen er ikke gyldig JSON (${p.detail ?? "kan ikke leses"}).`,
    package_format: (p) => `Ukjent format «${p.format ?? ""}»; forventet hso-package@1.`,
    package_shape: (p) =>
      `Pakken har feil oppbygning ved ${p.path || "roten"}: ${NB_SHAPE[p.detail ?? ""] ?? p.detail ?? ""}.`,
    package_type: (p) =>
      `Feil type ved ${p.path ?? ""}: forventet ${NB_TYPES[p.expected ?? ""] ?? p.expected ?? ""}.`,
    package_unknown_field: (p) =>
      `Ukjent felt «${p.field ?? p.path ?? ""}»${p.path && p.path !== p.field ? ` (ved ${p.path})` : ""}.`,
    package_prototype_key: (p) => `Ulovlig nøkkel «${p.key ?? ""}» ved ${p.path ?? ""}; pakken avvises.`,
    package_digest: () => "Kontrollsummen stemmer ikke: pakken er endret etter at den ble laget.",
    package_unit: (p) => `Ugyldig organisasjonsnummer i pakken: «${p.org ?? ""}».`,
    package_year: (p) => `Ugyldig år i pakken: ${p.year ?? ""} (må være mellom 2000 og 2100).`,
    package_template_version: (p) =>
      `Malen ${p.template} har versjon ${p.version}, men denne versjonen av verktøyet kjenner ${p.expected}.`,
  },
  numberReasons: {
    empty: "tomt",
    ambiguous_separator: "tvetydig skilletegn: «1.234» kan være tusen eller desimal",
    mixed_separators: "både komma og punktum",
    bad_grouping: "feil gruppering av sifre",
    not_a_number: "ikke et tall",
    not_finite: "ikke et endelig tall",
    boolean: "en sannhetsverdi",
  },
};

/** Words for the JSON types a package member may have had to be. */
const NB_TYPES: Record<string, string> = {
  number: "et tall",
  integer: "et heltall",
  string: "tekst",
  object: "et objekt",
  number_or_text: "et tall eller tekst",
  valid: "en gyldig verdi",
};

/** Words for what was wrong with a package's shape. */
const NB_SHAPE: Record<string, string> = {
  missing: "mangler",
  not_object: "pakken er ikke et JSON-objekt",
  empty: "ingen maler",
  digest_form: "kontrollsummen må være sha256: og 64 heksadesimale tegn",
};

/** What a defined name may point at instead of one cell. */
const NB_TARGETS: Record<string, string> = {
  constant: "en fast verdi",
  column: "en hel kolonne",
  row: "en hel rad",
  other: "noe annet enn en celle",
};
