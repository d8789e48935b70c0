import type { ControlFacts } from "./control-facts";
import { chosenElements } from "./section-choice";
import { wordsInUse } from "./words";

/**
 * Controls named alike in several sections (cards, fieldsets: "Antall døgnplasser" in each) are
 * each a section's field. One whose section the page does not say (no legend, heading, header,
 * tab or region around it: the card's title a styled `<div>` that reads as no heading), while a
 * namesake's section is said, is an unknown section's field: it takes no figure, never the unit's
 * total nor any section's; the figure that fits it best is unclear, with it named (assign-fields.ts).
 * So is every control that names no service area while the page's current wizard step names one
 * ("2 PHBU" over "Steg 2 av 4": adversary round 9, G8), or any other chosen element does (CHOSEN:
 * a selected tab, a pressed or active button, a checked ARIA radio, the current page or item of a
 * breadcrumb or menu: the review of G8): the choice only keeps figures out, it never gives a box
 * its area (docs/extension.md, *A heading titles its own card*).
 */
export function markUnknownSections(controls: readonly ControlFacts[], doc: Document): void {
  const placed = new Set<string>();
  const key = (facts: ControlFacts) => [...facts.nameWords].join(" ");
  const isPlaced = (facts: ControlFacts) =>
    facts.context.some((text) => text.kind !== "outer" && text.kind !== "caption");
  const area = wordsInUse().serviceArea;
  const stepArea = chosenElements(doc).some(([, text]) => area.test(text));
  // Its own: its name and the texts nearest it, not the headings further out (a page titled
  // "Døgnplasser i psykisk helsevern og TSB" names every area, none of them the box's).
  const namesArea = (facts: ControlFacts) =>
    area.test(
      [facts.name, ...facts.context.filter((text) => text.kind !== "outer").map((text) => text.text)].join(
        " ",
      ),
    );
  for (const facts of controls) if (isPlaced(facts)) placed.add(key(facts));
  for (const facts of controls)
    if (
      (facts.nameWords.size > 0 && !isPlaced(facts) && placed.has(key(facts))) ||
      (stepArea && !namesArea(facts))
    )
      facts.unknownSection = true;
}
