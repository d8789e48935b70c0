import { EN as EN_CATALOGUE } from "../../shared/messages/en";
import type { Lang, Words } from "../../shared/messages/lang";
import type { Worded } from "../../shared/messages/message-catalogue";
import { NB as NB_CATALOGUE } from "../../shared/messages/nb-catalogue";
import { wordParams } from "../../shared/messages/word-params";
import { printableText } from "../../shared/text/printable-text";
import { findFillField } from "../fill-fields";
import { PROFILE_ISSUE_PARAMS, type ProfileIssue, type ProfileWhere } from "../profile/profile-issue";

type Shapes = typeof PROFILE_ISSUE_PARAMS;
type IssueWords = { [C in keyof Shapes]: (p: Worded<Shapes[C]>) => string };

/** Norsk bokmål: why a profile file or profile is refused (profile/profile-issue.ts). */
const NB: IssueWords = {
  file_empty: () => "Filen er tom.",
  file_too_large: (p) => `Filen er på ${p.bytes} byte; en profilfil kan være på høyst ${p.limit} byte.`,
  file_too_deep: (p) =>
    `Filen er nestet ${p.depth} nivåer dypt (lister og objekter inni hverandre); en profilfil kan ha høyst ${p.limit}. Første gang grensen passeres: linje ${p.line}, kolonne ${p.column}.`,
  not_json: (p) =>
    `Filen er ikke gyldig JSON: ${p.found ? `uventet «${p.found}»` : "filen slutter for tidlig"} på linje ${p.line}, kolonne ${p.column}.`,
  duplicate_key: (p) => `Nøkkelen «${p.key}» står to ganger${p.path ? ` i ${p.path}` : ""}.`,
  prototype_key: (p) => `Ulovlig nøkkel «${p.key}» ved ${p.path}: den er ikke et felt og leses aldri.`,
  lone_surrogate: (p) => `Teksten ved ${p.path} er ikke gyldig Unicode (et ensomt surrogattegn).`,
  file_shape: () =>
    'Filen er ikke en profilfil: forventet {"profiles": […]}, en liste med profiler eller én profil.',
  no_profiles: () => "Filen har ingen profiler.",
  too_many_profiles: (p) => `Filen har ${p.count} profiler; en profilfil kan ha høyst ${p.limit}.`,
  not_a_profile: () => "Er ikke en profil (et objekt med name, urlPattern og fields).",
  name_twice: () => "En annen profil i filen har samme navn; navnet skiller profilene.",
  too_many_fields: (p) => `Profilen har ${p.count} felt; en profil kan ha høyst ${p.limit}.`,
  too_many_locators: (p) => `Feltet har ${p.count} søkemåter; et felt kan ha høyst ${p.limit}.`,
  field_id_form: (p) => `«${p.field}» er ikke en felt-id (som beds.tsb_total).`,
  unknown_field: (p) =>
    `Felt-id-en «${p.field}» finnes ikke i feltkatalogen (npx hso-report fields <mal> viser dem).`,
  member_missing: () => "Mangler.",
  member_unknown: (p) => `Ukjent nøkkel: ${p.member}.`,
  member_type: (p) => `Feil type: forventet ${p.expected}.`,
  text_empty: () => "Kan ikke være tom.",
  text_too_long: (p) => `Teksten er for lang (høyst ${p.limit} tegn).`,
  number_range: (p) => `Må være et heltall fra ${p.min} til ${p.max}.`,
  choice: (p) => `«${p.value}» er ikke et gyldig valg; gyldige er ${p.choices}.`,
  pattern_invalid: () => "Ikke et adressemønster (som https://intranett.example/skjema/*).",
  pattern_wildcard_scheme: () => "* som skjema er ikke tillatt: skriv https://.",
  pattern_wildcard_host: () => "* som vert er ikke tillatt: skriv intranettets vertsnavn.",
  invalid: () => "Ugyldig verdi.",
};

/** English: the same refusals. */
const EN: IssueWords = {
  file_empty: () => "The file is empty.",
  file_too_large: (p) => `The file is ${p.bytes} bytes; a profiles file may be at most ${p.limit} bytes.`,
  file_too_deep: (p) =>
    `The file nests ${p.depth} levels deep (lists and objects inside each other); a profiles file may have at most ${p.limit}. First beyond the limit: line ${p.line}, column ${p.column}.`,
  not_json: (p) =>
    `The file is not valid JSON: ${p.found ? `unexpected "${p.found}"` : "the file ends too early"} at line ${p.line}, column ${p.column}.`,
  duplicate_key: (p) => `The key "${p.key}" appears twice${p.path ? ` in ${p.path}` : ""}.`,
  prototype_key: (p) => `Forbidden key "${p.key}" at ${p.path}: it is not a field and is never read.`,
  lone_surrogate: (p) => `The text at ${p.path} is not valid Unicode (a lone surrogate).`,
  file_shape: () =>
    'The file is not a profiles file: expected {"profiles": […]}, a list of profiles or one profile.',
  no_profiles: () => "The file holds no profiles.",
  too_many_profiles: (p) =>
    `The file holds ${p.count} profiles; a profiles file may hold at most ${p.limit}.`,
  not_a_profile: () => "Is not a profile (an object with name, urlPattern and fields).",
  name_twice: () => "Another profile of the file has the same name; names tell profiles apart.",
  too_many_fields: (p) => `The profile has ${p.count} fields; a profile may have at most ${p.limit}.`,
  too_many_locators: (p) => `The field has ${p.count} locators; a field may have at most ${p.limit}.`,
  field_id_form: (p) => `"${p.field}" is not a field id (such as beds.tsb_total).`,
  unknown_field: (p) =>
    `The field id "${p.field}" is not in the field catalogue (npx hso-report fields <template> lists them).`,
  member_missing: () => "Missing.",
  member_unknown: (p) => `Unknown key: ${p.member}.`,
  member_type: (p) => `Wrong type: expected ${p.expected}.`,
  text_empty: () => "Must not be empty.",
  text_too_long: (p) => `The text is too long (at most ${p.limit} characters).`,
  number_range: (p) => `Must be a whole number from ${p.min} to ${p.max}.`,
  choice: (p) => `"${p.value}" is not a valid choice; valid are ${p.choices}.`,
  pattern_invalid: () => "Not a match pattern (such as https://intranett.example/skjema/*).",
  pattern_wildcard_scheme: () => "A * scheme is not allowed: write https://.",
  pattern_wildcard_host: () => "A * host is not allowed: name the intranet's host.",
  invalid: () => "Invalid value.",
};

const WORDS: Record<Lang, IssueWords> = { nb: NB, en: EN };
const CATALOGUES = { nb: NB_CATALOGUE, en: EN_CATALOGUE } as const;
const PLACE = {
  nb: { profile: "profil nr.", field: "felt", locator: "søkemåte nr." },
  en: { profile: "profile no.", field: "field", locator: "locator no." },
} as const;

/** Where in the file, as a reader finds it: `profil nr. 2 «Døgnplasser», felt beds.tsb_total («TSB, i alt»), søkemåte nr. 1, path`. */
function placeWords(where: ProfileWhere, lang: Lang): string {
  const words = PLACE[lang];
  const [open, close] = lang === "nb" ? ["«", "»"] : [`"`, `"`];
  const quote = (text: string) => `${open}${printableText(text).slice(0, 80)}${close}`;
  const parts: string[] = [];
  if (where.profile !== undefined)
    parts.push(`${words.profile} ${where.profile}${where.name ? ` ${quote(where.name)}` : ""}`);
  if (where.field !== undefined) {
    const label = findFillField(where.field)?.shown[lang];
    parts.push(
      `${words.field} ${printableText(where.field).slice(0, 80)}${label ? ` (${quote(label)})` : ""}`,
    );
  }
  if (where.locator !== undefined) parts.push(`${words.locator} ${where.locator}`);
  if (where.member !== undefined) parts.push(printableText(where.member).slice(0, 40));
  return parts.join(", ");
}

/** One refusal in one language: where, then what. */
export function describeProfileIssue(issue: ProfileIssue, lang: Lang): string {
  const shape = PROFILE_ISSUE_PARAMS[issue.code];
  const params = wordParams(shape, issue.params as never, { lang, catalogue: CATALOGUES[lang] });
  const said = (WORDS[lang][issue.code] as (p: unknown) => string)(params);
  const place = placeWords(issue.where, lang);
  const text = place === "" ? said : `${place}: ${said}`;
  return place === "" ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** One refusal in every language. */
export function profileIssueWords(issue: ProfileIssue): Words {
  return { nb: describeProfileIssue(issue, "nb"), en: describeProfileIssue(issue, "en") };
}

/** The line that stands for refusals left out of a long list. */
export function moreIssuesWords(more: number): Words {
  return { nb: `… og ${more} feil til`, en: `… and ${more} more` };
}
