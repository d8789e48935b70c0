import { STATUS_CHOICES } from "../templates/choices";
import type { MessageCatalogue } from "./message-catalogue";
import { counted } from "./plural";

const DECIMALS = { one: "desimal", other: "desimaler" };

/** How to get a figure out of text: in a Text-formatted cell, retyping alone keeps it text (A17). */
const retype = (textFormat: string) =>
  textFormat
    ? `Cellen er formatert som tekst (${textFormat}), så det som skrives i den blir tekst: sett cellens format til Tall, og skriv tallet på nytt.`
    : "Skriv det inn som tall.";

/**
 * Norsk bokmål's words for everything but a refused package (`nb-package-errors.ts`; the whole
 * catalogue is `NB` in nb-catalogue.ts). The task pane fetches those with its package reader, not when
 * it opens (docs/addin.md), so this file must not import them.
 */
export const NB_ISSUE_WORDS: Omit<MessageCatalogue, "packageErrors"> = {
  issues: {
    name_missing: (p) =>
      `Det definerte navnet «${p.name}» mangler i arbeidsboken; feltet kan ikke finnes. ` +
      `Malen har det i ${p.sheet}!${p.cell}: gi cellen navnet igjen (Formler > Navnebehandling), eller lag malen på nytt.`,
    required_missing: () => "Må fylles ut.",
    total_part_missing: (p) => `Må fylles ut; summen ${p.total} regnes ut av denne.`,
    value_missing: () => "Ikke oppgitt.",
    cell_error: (p) => `Cellen inneholder feilverdien ${p.error}; skriv inn et tall.`,
    not_a_number: (p) =>
      `«${p.text}» er ikke et tall${p.reason ? ` (${p.reason})` : ""}.${p.textFormat ? ` ${retype(p.textFormat)}` : ""}`,
    number_as_text: (p) =>
      `Tallet er lagret som tekst («${p.text}»); lest som ${p.value}. ${retype(p.textFormat)}`,
    number_as_text_not_summed: (p) =>
      `Tallet er lagret som tekst («${p.text}»), så summen ${p.total} regner det ikke med. ${retype(p.textFormat)}`,
    number_as_text_not_in_share: (p) =>
      `Tallet er lagret som tekst («${p.text}»), så ${p.share} regnes ikke ut på arket (cellen står tom) og kan ikke eksporteres. ${retype(p.textFormat)}`,
    below_min: (p) => `${p.value} er mindre enn laveste tillatte verdi ${p.min}.`,
    above_max: (p) => `${p.value} er større enn høyeste tillatte verdi ${p.max}.`,
    share_out_of_range: (p) =>
      `Andelen ${p.value} % er utenfor ${p.min}–${p.max} %. Den regnes ut av ${p.part}${p.partCell ? ` (${p.partCell})` : ""} ` +
      `delt på ${p.whole}${p.wholeCell ? ` (${p.wholeCell})` : ""}: rett det av tallene som er feil.`,
    not_half_step: (p) => `${p.value} er ikke et helt eller halvt antall plasser.`,
    not_integer: (p) => `${p.value} er ikke et helt antall personer.`,
    too_many_decimals: (p) => `${p.value} har flere enn ${counted("nb", p.decimals, p.decimalsN, DECIMALS)}.`,
    total_mismatch: (p) => `Summen ${p.total} er ikke lik summen av ${p.parts} (${p.sum}).`,
    part_exceeds_whole: (p) => `${p.parts} (${p.sum}) er flere enn ${p.wholeField} (${p.whole}).`,
    fte_exceeds_headcount: (p) =>
      `Årsverk (${p.fte}) er flere enn personer (${p.headcount}); forklar hvorfor.`,
    org_invalid: (p) => `«${p.text}» er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke).`,
    org_unknown: (p) => `Organisasjonsnummer ${p.org} er ikke en kjent rapporterende enhet i Helse Sør-Øst.`,
    unit_mismatch: (p) => `Enheten ${p.org} er ikke den samme som ${p.other} i ${p.otherField}.`,
    field_not_asked: (p) =>
      `Dette tallet rapporteres ikke av enheten ${p.org}: private avtaleparter rapporteres bare av Helse Sør-Øst RHF, foretakenes egne plasser bare av foretakene, og en enhet uten døgnplasser i psykisk helsevern (Sunnaas) rapporterer ingen plasser.`,
    year_invalid: (p) => `«${p.text}» er ikke et gyldig årstall.`,
    year_mismatch: (p) => `Året er ${p.actual}, men rapporteringen gjelder ${p.expected}.`,
    years_disagree: (p) =>
      `Året ${p.year} er ikke det samme som ${p.others} i ${p.otherFields}; rett det året som er feil.`,
    count_date_missing: () => "Telledato mangler.",
    count_date_invalid: (p) => `«${p.text}» er ikke en dato (bruk dd.mm.åååå).`,
    count_date_outside_year: (p) => `Telledatoen ${p.date} ligger utenfor rapporteringsåret ${p.year}.`,
    change_unexplained: (p) =>
      `Endring fra ${p.previous} ${p.previousYear ? `i ${p.previousYear}` : "i fjor"} til ${p.current} (${p.change}, ${p.percent} %) må forklares: ` +
      `grensen er ${p.thresholdAbsolute ? `${p.thresholdAbsolute} eller ` : ""}${p.thresholdPercent} %.`,
    status_unknown: (p) =>
      `«${p.text}» er ikke en gyldig status; velg ${STATUS_CHOICES.map((choice) => choice.words.nb).join(", ")}.`,
    status_missing: () =>
      `Status mangler: velg ${STATUS_CHOICES.map((choice) => choice.words.nb).join(", ")}. Uten status er tiltaket ikke rapportert.`,
    template_empty: () =>
      "Ingen tall er fylt ut på dette arket: et tomt ark er ingen innsending. Fyll ut tallene, eller lag arbeidsboken uten arket.",
    status_comment_missing: (p) => `Tiltaket er «${p.status}»; skriv en kommentar om hvor arbeidet står.`,
    status_went_back: (p) =>
      `Status har gått tilbake fra «${p.previous}» ${p.previousYear ? `i ${p.previousYear}` : "i fjor"} til «${p.current}»; skriv en kommentar om hvorfor.`,
    note_too_long: (p) =>
      `Teksten er ${p.length} tegn; en celle tar høyst ${p.max}, og tabellene og styresaken viser ikke mer. Kort den ned.`,
    note_unprintable: () =>
      "Teksten har tegn som ikke kan skrives ut (kontrolltegn eller retningstegn, ofte fra kopiering); de vises som «�» i rapportene. Skriv teksten på nytt uten dem.",
    plan_change_unexplained: (p) =>
      `Planlagt endring fra ${p.previous} i ${p.earlier} til ${p.current} (${p.change}) må begrunnes: grensen er ${p.threshold}.`,
    plan_differs_from_reported: (p) =>
      `Planen starter på ${p.planned}; ${p.reportedField} ${p.sheet ? `på arket ${p.sheet}` : `i ${p.file}`} ` +
      `var ${p.reported}${p.year ? ` for ${p.year}` : ""} (${p.change}).`,
    cell_merged: (p) =>
      `Cellen er en del av de sammenslåtte cellene ${p.merge} og leses ikke; del opp sammenslåingen og skriv tallet i cellen.`,
    formula_without_result: (p) =>
      `Formel uten lagret resultat (=${p.formula}): åpne og lagre filen i Excel (eller LibreOffice), så leses tallet.`,
    cell_date_format: (p) =>
      `Cellen er formatert som dato (${p.format}), så Excel har gjort det som ble skrevet om til en dato (1.5 blir 1. mai); skriv tallet på nytt i en celle med tallformat.`,
    cell_percent_format: (p) =>
      `Cellen er formatert som prosent (${p.format}), så Excel lagret det som ble skrevet som ${p.stored} (vist som ${p.shown} %); feltet er ingen prosent, og tallet leses ikke. Sett cellens format til Tall, og skriv tallet på nytt.`,
    name_not_a_cell: (p) =>
      `Det definerte navnet «${p.name}» viser til ${p.kind} (${p.refersTo}), ikke til én celle; feltet kan ikke leses.`,
    name_several_cells: (p) =>
      `Det definerte navnet «${p.name}» dekker flere celler (${p.range}); det skal vise til én celle.`,
    name_sheet_only: (p) =>
      `Navnet «${p.name}» finnes bare på arknivå i arket «${p.sheet}» (et kopiert ark?); feltene må være navn på arbeidsboknivå.`,
    name_sheet_copy: (p) =>
      `Arket «${p.sheet}» har egne kopier av ${p.count} av feltenes navn (på arknivå, som når et ark kopieres); de leses ikke – bare arbeidsbokens navn gjelder.`,
    name_case: (p) =>
      `Det definerte navnet er skrevet «${p.written}»; Excel skiller ikke store og små bokstaver, så det leses som «${p.name}».`,
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
  packageAlso: (paths) => ` Også feil ved: ${paths}.`,
  jsonTypes: {
    number: "et tall",
    integer: "et heltall",
    string: "tekst",
    object: "et objekt",
    number_or_text: "et tall eller tekst",
    valid: "en gyldig verdi",
    array: "en liste",
    boolean: "true eller false",
  },
  nameTargets: {
    constant: "en fast verdi",
    column: "en hel kolonne",
    row: "en hel rad",
    other: "noe annet enn en celle",
  },
  unitNouns: {
    beds: { one: "plass", other: "plasser" },
    places: { one: "plass", other: "plasser" },
    headcount: { one: "person", other: "personer" },
    fte: { one: "årsverk", other: "årsverk" },
  },
};
