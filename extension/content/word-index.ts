import type { ControlFacts } from "./control-facts";

/** The controls whose name or context holds each word, in page order. */
export type WordIndex = ReadonlyMap<string, readonly ControlFacts[]>;

/** Indexes controls by every word of their name and context (`ControlFacts.all`). */
export function indexByWord(controls: readonly ControlFacts[]): WordIndex {
  const index = new Map<string, ControlFacts[]>();
  for (const facts of controls) {
    for (const word of facts.all) {
      const list = index.get(word);
      if (list === undefined) index.set(word, [facts]);
      else list.push(facts);
    }
  }
  return index;
}

/**
 * The controls that can fit any of a field's names, in page order: those holding every word of
 * one name ("total" aside, which a name may leave out). `scoreMatch` refuses every other control
 * anyway, so scoring only these gives the same pairs as scoring all, at a fraction of the cost
 * (a 200-field form against the whole catalogue was 60,000 scorings).
 */
export function candidatesFor(
  alternatives: readonly (readonly string[])[],
  index: WordIndex,
): ControlFacts[] {
  const found = new Set<ControlFacts>();
  for (const words of alternatives) {
    const required = words.filter((word) => word !== "total");
    if (required.length === 0) continue;
    const lists = required.map((word) => index.get(word) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    for (const facts of rarest) if (required.every((word) => facts.all.has(word))) found.add(facts);
  }
  return [...found].sort((a, b) => a.position - b.position);
}
