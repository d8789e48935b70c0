import type { Lang } from "../../shared/messages/lang";
import type { Outcome } from "../content/content-api";

/** What happened to a figure, as the popup's report heads each group, with the reason in words. */
const NB: Record<Outcome, { title: string; reason: string }> = {
  filled: { title: "Fylt ut", reason: "skrevet og lest tilbake med pakkens tall" },
  planned: { title: "Fylles ut", reason: "feltet er tomt" },
  matched: { title: "Har allerede tallet", reason: "feltet har pakkens tall" },
  mismatched: {
    title: "Har en annen verdi",
    reason: "ikke skrevet over (velg «Skriv over» for å erstatte), eller siden godtok ikke tallet",
  },
  ambiguous: {
    title: "Uklart",
    reason: "flere felt eller valg passer like godt, eller ett felt passer flere tall: ikke fylt ut",
  },
  not_found: { title: "Ikke funnet", reason: "ingen felt på siden passer" },
  hidden: { title: "Skjult felt", reason: "feltet som passer, er skjult: fylles ikke ut" },
  readonly: { title: "Skrivebeskyttet felt", reason: "feltet som passer, kan ikke endres" },
  disabled: { title: "Deaktivert felt", reason: "feltet som passer, er slått av" },
  changed: {
    title: "Feltet er flyttet eller endret",
    reason:
      "siden har gitt feltet til noe annet siden det ble funnet: ikke fylt ut, sjekk siden og fyll ut på nytt",
  },
  no_option: { title: "Mangler valg", reason: "listen har ikke noe valg for tallet" },
  refused: {
    title: "Siden godtar ikke tallet",
    reason: "feltets egne grenser (maks, min, trinn, mønster, lengde) avviser tallet: ikke skrevet",
  },
  pending: { title: "Venter", reason: "fylles ut når siden har lastet på nytt" },
  not_chosen: { title: "Ikke valgt", reason: "haken var fjernet i forhåndsvisningen: ikke fylt ut" },
  not_kept: {
    title: "Ikke beholdt av siden",
    reason: "fylt ut og lest tilbake, men siden endret feltet etterpå",
  },
  user_changed: {
    title: "Endret av brukeren",
    reason:
      "feltet fikk en annen verdi etter utfyllingen, skrevet inn (verken pakkens tall eller sidens omskriving av det): latt som det er",
  },
  unreadable: {
    title: "Kan ikke leses sikkert",
    reason:
      "siden viser tallet slik at det kan bety to tall («36.500»: 36 500 eller 36,5) eller er forkortet («5,2 k»): ikke regnet som fylt ut, sjekk feltet",
  },
};

const EN: Record<Outcome, { title: string; reason: string }> = {
  filled: { title: "Filled", reason: "written and read back with the package's figure" },
  planned: { title: "Will be filled", reason: "the field is empty" },
  matched: { title: "Already holds the figure", reason: "the field holds the package's figure" },
  mismatched: {
    title: "Holds another value",
    reason: "not overwritten (choose “Overwrite” to replace it), or the page did not accept the figure",
  },
  ambiguous: {
    title: "Unclear",
    reason: "several fields or options fit equally well, or one field fits several figures: not filled",
  },
  not_found: { title: "Not found", reason: "no field on the page fits" },
  hidden: { title: "Hidden field", reason: "the field that fits is hidden: not filled" },
  readonly: { title: "Read-only field", reason: "the field that fits cannot be changed" },
  disabled: { title: "Disabled field", reason: "the field that fits is switched off" },
  changed: {
    title: "Field moved or changed",
    reason:
      "the page gave the field to something else after it was found: not filled, check the page and fill again",
  },
  no_option: { title: "No option", reason: "the list has no option for the figure" },
  refused: {
    title: "The page does not accept the figure",
    reason: "the field's own limits (max, min, step, pattern, length) reject it: not written",
  },
  pending: { title: "Waiting", reason: "filled once the page has loaded again" },
  not_chosen: { title: "Not chosen", reason: "unticked in the preview: not filled" },
  not_kept: {
    title: "Not kept by the page",
    reason: "filled and read back, but the page changed the field afterwards",
  },
  user_changed: {
    title: "Changed by the user",
    reason:
      "the field took another value after the fill, typed in (neither the package's figure nor the page's rewrite of it): left as it is",
  },
  unreadable: {
    title: "Cannot be read for sure",
    reason:
      "the page shows the number so that it can mean two figures («36.500»: 36,500 or 36.5) or abbreviated («5,2 k»): not counted as filled, check the field",
  },
};

/** The heading and the reason of an outcome, in one language. */
export function outcomeWords(lang: Lang, outcome: Outcome): { title: string; reason: string } {
  return (lang === "nb" ? NB : EN)[outcome];
}
