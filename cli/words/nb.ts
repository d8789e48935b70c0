import { joinWords, type Lang } from "../../shared/messages/lang";
import { TEMPLATE_IDS, templateIdList, templateName } from "../../shared/templates/catalogue";
import type { CliWords } from "./cli-words";

/** The templates by name, derived from the catalogue: a new template needs no word here. */
const names = (lang: Lang) =>
  joinWords(
    TEMPLATE_IDS.map((id) => templateName(id, lang).toLocaleLowerCase(lang)),
    lang,
  );

const USAGE = `hso-report – rapporteringsverktøy for Helse Sør-Øst (${names("nb")})

Bruk:
  hso-report template <maler…> --unit <org.nr.> --year <år> [--previous <pakke>] [--no-auto-open] --out <fil.xlsx>
      Lager en utfyllbar arbeidsbok (${templateIdList("nb")}) med navn, regler og fjorårets tall.
  hso-report validate <filer eller mapper…> [--previous <pakker>] [--json]
      Kontrollerer arbeidsbøker (.xlsx) og pakker (.hso.json).
  hso-report export <fil.xlsx> [--out <pakke>]
      Lager pakken (.hso.json); nektes så lenge det finnes feil.
  hso-report aggregate <filer eller mapper…> --field <felt-id> [--out <xlsx|csv>] [--json]
      Regional tabell: enhet × år med summer og endring.
  hso-report status <mapper…> --year <år> [--json]
      Hvem har sendt hva: enhet × mal, mangler / feil / advarsler / klar.
  hso-report report <mapper…> --year <år> --out <fil.html>
      Statusdelen av styresaken bygget fra pakkene: tabeller og diagrammer i én HTML-fil.
  hso-report watch <mappe>
      Kontrollerer hver arbeidsbok når den lagres, én linje per lagring.
  hso-report fields <mal> [--json]
      Feltkatalogen: id, ledetekster, type, enhet, grenser.

Felles valg:
  --lang nb|en   språk for meldinger (standard nb)
  --help         denne teksten

Avslutningskoder: 0 i orden, 1 feil funnet, 2 ubrukelig inndata eller feil bruk.`;

/** Norsk bokmål: the command line's first language. */
export const NB_WORDS: CliWords = {
  usage: USAGE,
  severity: { error: "feil", warning: "advarsel", info: "info" },
  counts: (errors, warnings) => `${errors} feil, ${warnings} ${warnings === 1 ? "advarsel" : "advarsler"}`,
  clean: "OK",
  unusable: "ubrukelig",
  summary: (files, withErrors, unusable) =>
    `${files} ${files === 1 ? "fil" : "filer"} kontrollert: ${withErrors} med feil, ${unusable} ubrukelige.`,
  progress: (done, total) => `Kontrollerer ${done}/${total} …`,
  exported: (file) => `Pakken er skrevet: ${file}`,
  exportRefused: (errors) => `Pakken ble ikke laget: ${errors} feil må rettes først.`,
  templateWritten: (file, sheets) => `Arbeidsboken er skrevet: ${file} (${sheets})`,
  watchLine: (time, file, result) => `${time}  ${file}: ${result}`,
  watchFolderGone: (folder) => `Mappen ${folder} finnes ikke lenger; venter på at den kommer tilbake.`,
  watchFolderBack: (folder) => `Mappen ${folder} er tilbake; overvåker igjen.`,
  watching: (folder) => `Overvåker ${folder} – lagrede arbeidsbøker kontrolleres. Ctrl+C avslutter.`,
  total: "Sum",
  change: "Endring",
  needsExplanation: "må forklares",
  explained: "forklart",
  unitHeading: "Enhet",
  planColumn: (p) => `Plan ${p.madeIn} (planlagt ${p.plannedFor})`,
  orgHeading: "Org.nr.",
  flagHeading: "Merknad",
  aggregateWritten: (file) => `Tabellen er skrevet: ${file}`,
  conflict: (p) =>
    `To pakker for ${p.unit} ${p.year} er uenige (${p.other} og ${p.used}); ${p.used} er brukt.`,
  fieldsHeading: "Felt-id\tNorsk\tEngelsk\tType\tEnhet\tGrenser",
  failures: {
    unknownCommand: (p) => `Ukjent kommando «${p.command}». Se hso-report --help.`,
    missingCommand: () => "Mangler kommando. Se hso-report --help.",
    badOption: (p) => `Ugyldig valg: ${p.detail}. Se hso-report --help.`,
    missingOption: (p) => `Valget ${p.option} må oppgis.`,
    missingArgument: (p) => `Mangler ${p.what}.`,
    badLang: (p) => `Ukjent språk «${p.lang}»; bruk nb eller en.`,
    unknownTemplate: (p) => `Ukjent mal «${p.template}»; kjente maler er ${templateIdList("nb")}.`,
    badUnit: (p) => `«${p.unit}» er ikke et gyldig organisasjonsnummer.`,
    unknownUnit: (p) => `Organisasjonsnummer ${p.unit} er ikke en kjent rapporterende enhet i Helse Sør-Øst.`,
    badYear: (p) => `«${p.year}» er ikke et gyldig rapporteringsår (2000–2100).`,
    previousMismatch: (p) =>
      `Fjorårspakken gjelder ${p.org} for ${p.year}, men malen trenger ${p.expectedOrg} for ${p.expectedYear}.`,
    previousConflict: (p) =>
      `Fjorårspakkene ${p.first} og ${p.second} gjelder begge ${p.org} for ${p.year}, men har ulike tall; ingen av dem brukes. Oppgi bare den riktige med --previous.`,
    outNotXlsx: (p) => `Utfilen «${p.file}» må slutte på .xlsx.`,
    outIsInput: (p) => `Utfilen «${p.file}» er også inndata; den overskrives ikke.`,
    notFound: (p) => `Finner ikke «${p.file}».`,
    unreadable: (p) => `Kan ikke lese «${p.file}» (${p.detail}).`,
    notWritten: (p) => `Kan ikke skrive «${p.file}» (${p.detail}); finnes mappen, og kan du skrive i den?`,
    emptyFile: () => "Filen er tom.",
    noAccess: (p) => `Ingen tilgang til «${p.file}» (lesetilgang mangler); den er hoppet over.`,
    symlinkSkipped: () =>
      "En symbolsk lenke følges ikke når en mappe gjennomgås (den kan føre ut av mappen); oppgi filen den viser til direkte.",
    notWorkbook: () => "Filen er ikke en Excel-arbeidsbok (.xlsx).",
    encrypted: () =>
      "Arbeidsboken er beskyttet med passord (kryptert) og kan ikke leses; fjern passordet (Fil → Info → Beskytt arbeidsbok) og lagre igjen.",
    odsFormat: () =>
      "Filen er et OpenDocument-regneark (.ods), som ikke leses; lagre den som Excel-arbeidsbok (.xlsx) i LibreOffice (Fil → Lagre som).",
    xlsFormat: () =>
      "Filen er i det gamle Excel-formatet (.xls), som ikke leses; lagre den som Excel-arbeidsbok (.xlsx).",
    corruptWorkbook: (p) => `Arbeidsboken er skadet: delen «${p.part}» kan ikke pakkes ut som oppgitt.`,
    partTooLarge: (p) =>
      `Arbeidsboken er for stor til å kontrolleres: delen «${p.part}» er ${p.megabytes} MB utpakket (grensen er 32 MB).`,
    sheetTooLarge: (p) =>
      `Arket «${p.sheet}» er for stort til å kontrolleres (${p.rows} rader; grensen er 100 000). Flytt andre data til en egen fil.`,
    notTemplate: () =>
      "Arbeidsboken har ingen felt fra malene (ingen definerte navn som beds.* eller staffing.*).",
    notSupported: (p) => `«${p.file}» er verken en arbeidsbok (.xlsx) eller en pakke (.hso.json).`,
    badPackage: (p) => `Pakken avvises: ${p.reason}`,
    noUnit: () => "Arbeidsboken mangler et gyldig organisasjonsnummer eller år.",
    unknownField: (p) => `Ukjent felt «${p.field}». Se hso-report fields beds.`,
    badOutFormat: (p) => `Utfilen «${p.file}» må slutte på .xlsx eller .csv.`,
    notAFolder: (p) => `«${p.folder}» er ikke en mappe.`,
    notPackage: (p) => `«${p.file}» er ikke en pakke (.hso.json); lag den med hso-report export.`,
    noFiles: (p) => `Fant ingen arbeidsbøker eller pakker i ${p.where}.`,
    unexpected: (p) => `Uventet feil: ${p.detail}`,
  },
};
