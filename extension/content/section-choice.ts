import { parentAcross } from "./control-context";
import type { ControlFacts } from "./control-facts";
import type { PageControl } from "./page-control";
import { readControl, readShown } from "./read-control";
import { singleYearsIn, wordsInUse } from "./words";

/**
 * A list that shows a year or a unit chooses whose boxes sit beside it: a card whose own "Velg år"
 * shows 2024 holds 2024's figures, one whose locked "Enhet" list shows Vestfold holds Vestfold's
 * (adversary round 5, C5, C32), as a page whose list shows them is that year's or unit's
 * (page-identity.ts). Each box is read by the lists of the nearest container that holds one (a
 * card, a fieldset, a row, the page); a list showing a placeholder says nothing (showsChoice), and a list
 * showing the package's year or unit keeps its boxes as they were. `otherUnit` tells whether a
 * list's text names another unit (namesOtherUnit). It only takes places away.
 */
export function markSectionChoices(
  facts: readonly ControlFacts[],
  year: number | undefined,
  otherUnit: (texts: readonly string[]) => boolean,
): void {
  const lists = facts.filter(
    (list) => /select|combobox/.test(list.control.type) && showsChoice(list.control),
  );
  for (const box of lists.length > 0 ? facts : []) {
    // The years from the nearest container whose lists show one: a row's own "Type" list must
    // not hide its card's "Velg år" (review of C5); the unit from the nearest with any list.
    let shown: string[] = [];
    let years: number[] = [];
    for (
      let at = parentAcross(box.control.element);
      at && !lists.includes(box) && !(shown[0] && years[0]);
      at = parentAcross(at)
    ) {
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
    }
    if (otherUnit(shown)) box.otherUnit = true;
  }
}

/**
 * Whether a list shows a choice, as the user sees it: a value, and not a placeholder ("Velg år …",
 * "(Ingen)"). Not compare-control.ts isEmpty, which is for writing: a list on its first option
 * that no `selected` attribute chose is "empty" there (a fill may choose), but a "Velg år" showing
 * 2023 that way shows 2023, and its card is 2023's (review of C5: a Vue or React list sets the
 * value, never the attribute).
 */
function showsChoice(control: PageControl): boolean {
  if (readControl(control) === "") return false;
  return !wordsInUse().noChoice.test(readShown(control));
}
