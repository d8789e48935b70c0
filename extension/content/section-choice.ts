import { isEmpty } from "./compare-control";
import { parentAcross } from "./control-context";
import type { ControlFacts } from "./control-facts";
import { readShown } from "./read-control";
import { singleYearsIn } from "./words";

/**
 * A list that shows a year or a unit chooses whose boxes sit beside it: a card whose own "Velg år"
 * shows 2024 holds 2024's figures, one whose locked "Enhet" list shows Vestfold holds Vestfold's
 * (adversary round 5, C5, C32), as a page whose list shows them is that year's or unit's
 * (page-identity.ts). Each box is read by the lists of the nearest container that holds one (a
 * card, a fieldset, a row, the page); a list nothing chose says nothing (isEmpty, or `counts`), and
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
  const lists = facts.filter((list) => /select|combobox/.test(list.control.type) && counts(list));
  for (const box of lists.length > 0 ? facts : []) {
    if (lists.includes(box)) continue;
    // The years from the nearest container whose lists show one: a row's own "Type" list must
    // not hide its card's "Velg år" (review of C5); the unit from the nearest with any list.
    let shown: string[] = [];
    let years: number[] = [];
    for (let at = parentAcross(box.control.element); at && !(shown[0] && years[0]); at = parentAcross(at)) {
      const within = at;
      const here = lists
        .filter((list) => within.contains(list.control.element))
        .map((list) => readShown(list.control));
      if (!shown[0]) shown = here;
      if (!years[0]) years = here.flatMap(singleYearsIn);
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
