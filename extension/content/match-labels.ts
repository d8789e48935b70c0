import type { FormControl } from "./form-control";
import type { LabelIndex, LabelledControl } from "./label-index";
import { normalizeLabel } from "./normalize-label";

/** What label matching needs of a figure: its id and the words that may name it. */
export interface WantedLabel {
  id: string;
  texts: readonly string[];
}

interface Pair {
  id: string;
  rank: number;
  entry: LabelledControl;
  score: number;
}

/**
 * Pairs figures with controls by label: an exact (normalized) match beats a label that merely
 * contains the catalogue words, a label from markup beats a nearby text, and no control is given
 * to two figures nor a figure to two controls (the best pairs are taken first).
 */
export function matchLabels(
  wanted: readonly WantedLabel[],
  index: LabelIndex,
  taken: ReadonlySet<FormControl>,
): Map<string, FormControl> {
  const pairs = wanted.flatMap((figure, rank) => pairsOf(figure, rank, index));
  pairs.sort((a, b) => b.score - a.score || a.rank - b.rank || a.entry.position - b.entry.position);
  const result = new Map<string, FormControl>();
  const used = new Set<FormControl>(taken);
  for (const pair of pairs) {
    if (result.has(pair.id) || used.has(pair.entry.control)) continue;
    result.set(pair.id, pair.entry.control);
    used.add(pair.entry.control);
  }
  return result;
}

function pairsOf(figure: WantedLabel, rank: number, index: LabelIndex): Pair[] {
  const texts = [...new Set(figure.texts.map(normalizeLabel).filter((text) => text !== ""))];
  const exact = texts.flatMap((text) =>
    (index.byText.get(text) ?? []).map((entry) => {
      const explicit = entry.labels.some((label) => label.text === text && label.explicit);
      return { id: figure.id, rank, entry, score: explicit ? 4 : 3 };
    }),
  );
  if (exact.length > 0) return exact;
  const partial: Pair[] = [];
  for (const entry of index.controls) {
    for (const label of entry.labels) {
      const text = texts.find((wantedText) => containsWords(label.text, wantedText));
      if (text === undefined) continue;
      const tightness = text.length / label.text.length;
      partial.push({ id: figure.id, rank, entry, score: 1 + tightness + (label.explicit ? 0.5 : 0) });
    }
  }
  return partial;
}

/** Whether `text` contains `words` starting and ending at word boundaries ("dps" is not in "dpsx"). */
function containsWords(text: string, words: string): boolean {
  let at = text.indexOf(words);
  while (at >= 0) {
    const before = at === 0 ? " " : (text[at - 1] ?? " ");
    const after = text[at + words.length] ?? " ";
    if (!isWordCharacter(before) && !isWordCharacter(after)) return true;
    at = text.indexOf(words, at + 1);
  }
  return false;
}

function isWordCharacter(character: string): boolean {
  return /[\p{L}\p{N}_]/u.test(character);
}
