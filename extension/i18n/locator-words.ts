import type { Lang } from "../../shared/messages/lang";
import type { LocatorProblem } from "../content/content-api";

/** Why a profile's ways of finding a field were not followed, in words (content/locate-locators.ts). */
const NB: Record<LocatorProblem, string> = {
  locators_disagree: "profilens søkemåter finner ulike felt: ikke fylt ut",
  position_changed:
    "feltet på profilens CSS-sti heter ikke lenger det det het da det ble pekt ut (skjemaet er endret): ikke fylt ut; pek ut feltet på nytt",
  position_unverified:
    "profilen finner feltet bare ved plassering (CSS-sti), og feltets etikett og seksjon bekrefter ikke at det er dette tallets: ikke fylt ut; pek ut feltet på nytt",
  section_other_year:
    "feltet profilen finner står under en overskrift, kolonne eller seksjon for et annet år, og profilen nevner ikke det året: ikke fylt ut; pek ut feltet på nytt",
  section_other_unit:
    "feltet profilen finner står under en overskrift, kolonne eller seksjon for en annen enhet enn pakkens: ikke fylt ut",
};

const EN: Record<LocatorProblem, string> = {
  locators_disagree: "the profile's ways of finding the field lead to different fields: not filled",
  position_changed:
    "the field at the profile's CSS path no longer reads as it did when it was picked (the form has changed): not filled; point at the field again",
  position_unverified:
    "the profile finds the field only by its place (CSS path), and the field's label and section do not confirm it is this figure's: not filled; point at the field again",
  section_other_year:
    "the field the profile finds is under a heading, column or section for another year, which the profile does not name: not filled; point at the field again",
  section_other_unit:
    "the field the profile finds is under a heading, column or section for another unit than the package's: not filled",
};

/** A locator problem's reason, in one language. */
export function locatorProblemWords(lang: Lang, problem: LocatorProblem): string {
  return (lang === "nb" ? NB : EN)[problem];
}

/** What a CSS path made by pointing recorded of its field, as the profile test shows it. */
export function recordedWords(lang: Lang, text: string): string {
  return lang === "nb" ? `pekt ut som «${text}»` : `picked as “${text}”`;
}

/** The profile test's word on a field a fill takes only where the form's labels agree. */
export function unverifiedWords(lang: Lang): string {
  return lang === "nb"
    ? "funnet bare ved CSS-sti uten registrert etikett: fylles bare ut der etiketten og seksjonen bekrefter tallet; pek ut feltet på nytt"
    : "found only by a CSS path that recorded no label: filled only where the label and section confirm the figure; point at the field again";
}

/** A profile's CSS locators the browser's parser refuses (background/invalid-css.ts), in one language. */
export function invalidCssWords(lang: Lang, invalid: readonly { locator: number; path: string }[]): string {
  const each = invalid.map(({ locator, path }) =>
    lang === "nb" ? `søkemåte nr. ${locator} «${path}»` : `locator no. ${locator} “${path}”`,
  );
  return lang === "nb"
    ? `ugyldig CSS-velger i profilen: ${each.join(", ")}; rett profilen`
    : `invalid CSS selector in the profile: ${each.join(", ")}; correct the profile`;
}
