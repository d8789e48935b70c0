import { allElements } from "./collect-controls";
import { isEmpty } from "./compare-control";
import { parentAcross } from "./control-context";
import type { ControlFacts } from "./control-facts";
import { normalizeLabel } from "./normalize-label";
import { readShown } from "./read-control";
import { singleYearsIn, wordsInUse } from "./words";

/**
 * A list that shows a year or a unit chooses whose boxes sit beside it: a card whose own "Velg år"
 * shows 2024 holds 2024's figures, one whose locked "Enhet" list shows Vestfold holds Vestfold's
 * (adversary round 5, C5, C32), as a page whose list shows them is that year's or unit's
 * (page-identity.ts); so does a locked text box named for the year or unit, "År" 2024 or "Enhet"
 * Vestfold (round 6, D31, D32: isLockedChoice), and so does a radio group's checked radio: CSS-only
 * tabs whose radio "2024" is checked show 2024's panel (round 7, E14), and so do a selected tab,
 * a pressed button and the current page (CHOSEN: round 8). Each box is read by the
 * lists (and locked boxes) of the nearest container that holds one (a card, a fieldset, a row, the
 * page); a list nothing chose says nothing (isEmpty, or `counts`), and
 * a list showing the package's year or unit keeps its boxes as they were. `otherUnit` tells whether
 * a list's text names another unit (namesOtherUnit). It only takes places away, and answers whether
 * it made a box another year's.
 */
export function markSectionChoices(
  facts: readonly ControlFacts[],
  year: number | undefined,
  otherUnit: (texts: readonly string[]) => boolean,
  counts = (list: ControlFacts) => !isEmpty(list.control),
): boolean {
  let marked = false;
  const lists = facts.filter(
    (list) => (/select|combobox|radio/.test(list.control.type) || isLockedChoice(list)) && counts(list),
  );
  // Each choice, its text, and whether it may say the unit: a list or a locked box may, a radio
  // or a CHOSEN element says only a year, so a row's checked "Foreløpig" or a pressed "Vis
  // detaljer" never hides its card's locked "Enhet" (review of round 8's F1–F4).
  const chosen: [Element, string, boolean?][] = [
    ...lists.map((list): [Element, string, boolean] => [
      list.control.element,
      readShown(list.control),
      list.control.type !== "radio",
    ]),
    ...(facts[0] ? chosenElements(facts[0].control.element.ownerDocument) : []),
  ];
  for (const box of chosen[0] ? facts : []) {
    if (lists.includes(box)) continue;
    // The years from the nearest container whose lists show one: a row's own "Type" list must
    // not hide its card's "Velg år" (review of C5); the unit from the nearest with any list.
    let shown: string[] = [];
    let years: number[] = [];
    for (let at = parentAcross(box.control.element); at && !(shown[0] && years[0]); at = parentAcross(at)) {
      const within = at;
      const here = chosen.filter(([list]) => within.contains(list));
      if (!shown[0]) shown = here.flatMap(([, text, unit]) => (unit ? text : []));
      if (!years[0]) years = here.flatMap(([, text]) => singleYearsIn(text));
    }
    if (year && !box.otherYear && years.length > 0 && !years.includes(year)) {
      box.otherYear = true;
      box.otherYears = years;
      marked = true;
    }
    if (otherUnit(shown)) box.otherUnit = true;
  }
  return marked;
}

/**
 * Choices that are no form control: a selected tab with no panel of its own (Fluent's Pivot in
 * `headersOnly` mode, "2024" selected), a pressed toggle button "2024", the navigation's current
 * page "2024" (adversary round 8, F1, F3, F4), a Bootstrap list group's or dropdown's current item
 * (`aria-current="true"`), and, with no ARIA at all, a button styled `.active` (Alpine.js) and
 * ASP.NET's TabContainer tab (`ajax__tab_active`; adversary round 9), and a chosen ARIA radio, as a
 * checked native radio chooses (Shoelace's `sl-radio-button`, in its shadow root: G5). They choose the year of the
 * boxes beside them as a list does; a tab that labels its own panel already titles its boxes
 * (control-context.ts). Only ever a year: two chosen years side by side keep the boxes as they were.
 */
const CHOSEN =
  "[role=tab][aria-selected=true],[role=radio][aria-checked=true],[aria-pressed=true],[aria-current]:not([aria-current=false]),button.active,[class*=tab_active]";

/**
 * The CHOSEN elements of a document with their texts, in open shadow roots too: Shoelace's chosen
 * `<sl-radio-button>` is the `role=radio` button in its shadow root, its text slotted from the
 * host, so the host stands for it (round 9, G5). Also what a chosen step, tab or page says of the
 * service area (unknown-section.ts).
 */
export function chosenElements(doc: Document): [Element, string][] {
  // An element's textContent is never null (only a document's or a doctype's is).
  return allElements(doc, CHOSEN).map((at) => {
    const host = (at.getRootNode() as ShadowRoot).host ?? at;
    return [host, host.textContent as string];
  });
}

/**
 * A text box the user cannot change, named "År" or "Enhet" alone: the page states there whose
 * card it is, a year as four digits or a unit by its name. Only by such a name and value: a locked
 * sum "78", or "Endring fra forrige år" showing -12, says nothing, and would hide the card's own
 * year or unit further out (review of D31, D32).
 */
function isLockedChoice(facts: ControlFacts): boolean {
  const element = facts.control.element as HTMLInputElement;
  if (facts.control.type !== "text" || !(element.readOnly || element.disabled)) return false;
  const name = normalizeLabel(facts.name);
  // The names are the request's words (i18n/form-words.ts: lockedYear, lockedUnit).
  const { lockedYear, lockedUnit } = wordsInUse();
  if (lockedYear.test(name)) return /^\s*20\d\d\s*$/.test(element.value);
  return lockedUnit.test(name);
}
