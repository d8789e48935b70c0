import type { ControlFacts } from "./control-facts";

/**
 * Controls named alike in several sections (cards, fieldsets: "Antall døgnplasser" in each) are
 * each a section's field. One whose section the page does not say (no legend, heading, header,
 * tab or region around it: the card's title a styled `<div>` that reads as no heading), while a
 * namesake's section is said, is an unknown section's field: it takes no figure, never the unit's
 * total nor any section's; the figure that fits it best is unclear, with it named (assign-fields.ts).
 */
export function markUnknownSections(controls: readonly ControlFacts[]): void {
  const placed = new Set<string>();
  const key = (facts: ControlFacts) => [...facts.nameWords].join(" ");
  const isPlaced = (facts: ControlFacts) =>
    facts.context.some((text) => text.kind !== "outer" && text.kind !== "caption");
  for (const facts of controls) if (isPlaced(facts)) placed.add(key(facts));
  for (const facts of controls)
    if (facts.nameWords.size > 0 && !isPlaced(facts) && placed.has(key(facts))) facts.unknownSection = true;
}
