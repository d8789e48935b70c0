import type { LocatorProblem } from "./content-api";
import type { ControlFacts } from "./control-facts";
import { type FieldWords, vocabulary } from "./field-words";
import { kindFits } from "./kind-fits";
import { namesItsYears, placeFits, saysOtherMeasure } from "./place-fits";
import { MATCH_THRESHOLD, scoreMatch } from "./score-match";
import { candidatesFor, indexByWord } from "./word-index";

/** Two scores closer than this are a tie: the engine does not guess between them. */
export const TIE_MARGIN = 0.1;

/** Where matching puts one wanted figure. */
export type Assignment =
  | { id: string; status: "found"; facts: ControlFacts; score: number }
  | {
      id: string;
      status: "ambiguous";
      candidates: Array<{ facts: ControlFacts; score: number }>;
      rivals: string[];
      /** A profile's locators that disagree (locate-locators.ts). */
      problem?: LocatorProblem;
    }
  | { id: string; status: "not_found"; changed?: true };

interface Pair {
  field: FieldWords;
  facts: ControlFacts;
  score: number;
}

/**
 * Matches every wanted figure against every control, scored against the whole catalogue: a
 * control goes to the field that fits it best, and a figure to its best control. Two controls
 * that fit a figure equally well, or a control that another field (in the package or not) fits as
 * well, leave the figure ambiguous, with the candidates named. Controls for another unit never
 * take part, nor those for another year unless the field's own name holds the year that makes
 * them look so (place-fits.ts). `usable` breaks ties in favour of controls a user can type in (a
 * hidden copy of a field does not make the visible one ambiguous).
 */
export function assignFields(
  fields: readonly FieldWords[],
  controls: readonly ControlFacts[],
  usable: (facts: ControlFacts) => boolean,
): Assignment[] {
  const words = vocabulary(fields);
  const pairs = allPairs(fields, controls, words);
  const byControl = groupBy(pairs, (pair) => pair.facts);
  const byField = groupBy(pairs, (pair) => pair.field);
  return fields
    .filter((field) => field.wanted)
    .map((field) => assignOne(field, byField.get(field) ?? [], byControl, usable));
}

function allPairs(
  fields: readonly FieldWords[],
  controls: readonly ControlFacts[],
  vocabularies: ReadonlyMap<string, ReadonlySet<string>>,
): Pair[] {
  const pairs: Pair[] = [];
  const index = indexByWord(controls);
  for (const field of fields) {
    const units = field.units;
    const words = vocabularies.get(field.kind) ?? new Set<string>();
    // Names spelled another way hold an area's abbreviation (PHBU, TSB, DPS …): the field names an area.
    const namesArea = field.alternatives.length > field.core;
    for (const facts of candidatesFor(field.alternatives, index)) {
      if (!kindFits(field, facts.control)) continue;
      if ((facts.otherYear && !namesItsYears(field, facts)) || facts.otherUnit) continue;
      let best: number | undefined;
      for (const alternative of field.alternatives) {
        const score = scoreMatch(alternative, facts, units, words, namesArea);
        if (score !== undefined && (best === undefined || score > best)) best = score;
      }
      // Scores are sums of tenths: compare with a little slack for floating point. The measures'
      // patterns and the place (a change column) are tested last, only for the pairs that score:
      // the same pairs, fewer tests (docs/extension.md, the 200-field fill).
      if (
        best !== undefined &&
        best >= MATCH_THRESHOLD - 1e-9 &&
        placeFits(field.kind, facts) &&
        !saysOtherMeasure(field, facts)
      )
        pairs.push({ field, facts, score: best });
    }
  }
  return pairs;
}

function groupBy<K>(pairs: readonly Pair[], key: (pair: Pair) => K): Map<K, Pair[]> {
  const groups = new Map<K, Pair[]>();
  for (const pair of pairs) {
    const group = groups.get(key(pair));
    if (group === undefined) groups.set(key(pair), [pair]);
    else group.push(pair);
  }
  return groups;
}

/** One field's assignment from its own pairs (`fieldPairs`) and every pair by control. */
function assignOne(
  field: FieldWords,
  fieldPairs: readonly Pair[],
  byControl: ReadonlyMap<ControlFacts, Pair[]>,
  usable: (facts: ControlFacts) => boolean,
): Assignment {
  const rivalsOf = (pair: Pair) =>
    (byControl.get(pair.facts) ?? []).filter(
      (other) =>
        other.field !== field &&
        // A twin (field-words.ts) is the same field, never a rival.
        (other.field.twin ?? -1) !== field.twin &&
        other.score >= pair.score - TIE_MARGIN,
    );
  // A control another field fits clearly better belongs to that field, not to this one.
  const own = fieldPairs
    .filter((pair) => rivalsOf(pair).every((rival) => rival.score < pair.score + TIE_MARGIN))
    .sort((a, b) => b.score - a.score || a.facts.position - b.facts.position);
  const top = own[0];
  if (top === undefined) return { id: field.id, status: "not_found" };
  let ties = own.filter((pair) => pair.score >= top.score - TIE_MARGIN);
  // Only a tie needs the usable check (it reads styles and layout): one control stays as it is.
  if (ties.length > 1 && ties.some((pair) => usable(pair.facts)))
    ties = ties.filter((pair) => usable(pair.facts));
  const rivals = [...new Set(ties.flatMap(rivalsOf).map((rival) => rival.field.id))];
  // An unknown section's field (unknown-section.ts) stays a candidate, so its namesakes stay
  // unclear, but is never the figure's place.
  if (ties.length > 1 || rivals.length > 0 || top.facts.unknownSection) {
    const candidates = ties.map((pair) => ({ facts: pair.facts, score: round(pair.score) }));
    return { id: field.id, status: "ambiguous", candidates, rivals };
  }
  const chosen = ties[0] ?? top;
  return { id: field.id, status: "found", facts: chosen.facts, score: round(chosen.score) };
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
