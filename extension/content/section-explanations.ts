import type { Assignment } from "./assign-fields";
import type { FigureToFill } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { wordsInUse } from "./words";

const NOTE = "note.";

/**
 * A figure's explanation that no box names (not found by words) goes into the one text area of
 * its figure's section whose own name is only an explanation's words ("Forklaring ved endring",
 * "Kommentar"): the section (heading, legend, region or tab right around the figure's control)
 * says which figure it is of, when it holds no other figure's field. Two such boxes there leave it
 * ambiguous; a box that names anything else, is last year's, sits in a table's row or column, is
 * another note's or lies outside any section is never taken.
 */
export function sectionExplanations(
  figures: readonly FigureToFill[],
  assignments: Map<string, Assignment>,
  controls: readonly ControlFacts[],
  words: readonly string[] = [],
): void {
  // A note's unit words ("Forklaring", "endring" …): the worker's (`ContentRequest.noteWords`);
  // without them no box is an explanation's.
  const noteWords = new Set(words);
  const found = [...assignments.values()].flatMap((item) => (item.status === "found" ? [item] : []));
  for (const figure of figures) {
    const base = assignments.get(figure.id.slice(NOTE.length));
    if (
      figure.kind !== "note" ||
      assignments.get(figure.id)?.status !== "not_found" ||
      base?.status !== "found"
    )
      continue;
    const section = sectionOf(base.facts);
    // Another figure's field in the section too: its box is the section's, no one figure's.
    const shared = found.some(
      (item) => item !== base && !item.id.startsWith(NOTE) && sectionOf(item.facts) === section,
    );
    if (section === undefined || shared) continue;
    const candidates = controls
      .filter((facts) => sectionOf(facts) === section && isExplanationBox(facts, noteWords))
      .filter((facts) => !found.some((item) => item.facts === facts))
      .map((facts) => ({ facts, score: 0.4 }));
    const [one, two] = candidates;
    if (one !== undefined)
      assignments.set(
        figure.id,
        two === undefined
          ? { id: figure.id, status: "found", ...one }
          : { id: figure.id, status: "ambiguous", candidates, rivals: [] },
      );
  }
}

/** The nearest heading, legend, region or tab around a control: its section, if it has one. */
function sectionOf(facts: ControlFacts): string | undefined {
  return facts.context.find((text) => ["heading", "legend", "region", "tab"].includes(text.kind))?.text;
}

/** A text area named by an explanation's words alone, for this year, not a table row's (its row says whose). */
function isExplanationBox(facts: ControlFacts, noteWords: ReadonlySet<string>): boolean {
  if (facts.control.type !== "textarea" || facts.otherYear || facts.otherUnit || facts.headed) return false;
  const words = [...facts.nameWords];
  return (
    words.some((word) => wordsInUse().comment.includes(word)) && words.every((word) => noteWords.has(word))
  );
}
