import type { ControlFacts } from "./control-facts";
import type { Vocabulary } from "./field-words";
import { wordsInUse, wordsOf } from "./words";

/** Below this a pair is no match at all. */
export const MATCH_THRESHOLD = 0.4;

/**
 * How well one of a field's names fits a control, 0–1, or undefined when it does not fit:
 * - every word of the field's name must be in the control's name or context ("total" may be left
 *   out, at a cost: a section "Barn og unge" holds that group's total);
 * - the control's own name may say nothing the field's name does not (the kind's unit words
 *   aside): "Sykefravær, legemeldt" is not "Sykefravær" — a label merely containing the words is
 *   no match;
 * - a nearby heading, legend or header that names another catalogue field's word ("DPS" over
 *   "Herav midlertidig stengt") makes it another field's control; other nearby words cost a little.
 *   "Andre" / "other" only costs where the control's own name is all of a field's name that names
 *   an area (`namesArea`: "PHBU, i alt" under "Andre fagområder"), never over "Antall døgnplasser";
 * - a control without a name of its own (label, placeholder, text beside it) or a table header is
 *   no match: a heading above may tell controls apart, never name one ("Døgnplasser 2024" over a
 *   nameless search box);
 * Words found in the control's own name count more than words found around it.
 */
export function scoreMatch(
  words: readonly string[],
  facts: ControlFacts,
  unitWords: ReadonlySet<string>,
  vocabulary: Vocabulary,
  namesArea = false,
): number | undefined {
  if (facts.nameWords.size === 0 && !facts.headed) return undefined;
  const own = new Set(words);
  const required = words.filter((word) => word !== "total");
  if (required.length === 0 || !required.every((word) => facts.all.has(word))) return undefined;
  const isExtra = (word: string) => !own.has(word) && !unitWords.has(word);
  for (const word of facts.nameWords) if (isExtra(word)) return undefined;
  const row = wordsOf(facts.context.filter((text) => text.kind === "row").at(-1)?.text ?? "");
  // A cell without a name of its own is named by its row header (and its column's), as a screen
  // reader names it: every column of the row alike, as the first cell is, whose label the row
  // header is (nearby-text.ts) — never the first one more (docs/extension.md, "A row header").
  const named = (word: string) =>
    facts.nameWords.has(word) || (facts.nameWords.size === 0 && row.includes(word));
  let score = 0.6 + (0.4 * words.filter(named).length) / words.length;
  if (own.has("total") && !facts.all.has("total")) score -= 0.15;
  // "Andre fagområder" over "PHBU, i alt", a row group "Andre" over the row "PHBU": "other" says
  // only that these are not the areas above, never against a control that names its area in full,
  // by its own name or its innermost row header ("Kjøpt fra andre enheter" made "andre" a word).
  const whole = namesArea && required.every((word) => facts.nameWords.has(word) || row.includes(word));
  const { other } = wordsInUse();
  let nearCost = 0;
  for (const word of facts.nearWords) {
    if (!isExtra(word) || facts.nameWords.has(word) || (whole && other.has(word))) continue;
    if (vocabulary.has(word)) return undefined;
    nearCost += 0.05;
  }
  // A bare count ("Antall døgnplasser") under a section the catalogue does not know ("Somatikk",
  // "Annet") is that section's count, not the unit's total ("Døgnplasser i alt"): unclear, no match.
  if (nearCost > 0 && !namesArea && own.has("total") && !facts.all.has("total")) return undefined;
  let outerCost = 0;
  for (const word of facts.outerWords) {
    if (isExtra(word) && !facts.nearWords.has(word))
      outerCost += (vocabulary.core ?? vocabulary).has(word) ? 0.05 : 0.02;
  }
  // Up to 0.2 each: a title naming one area ("Barn og unge (PHBU)") over a bare "Antall døgnplasser"
  // keeps the all-beds total within a tie of that area's figure (ambiguous, never 142,5 for 12).
  return score - Math.min(nearCost, 0.2) - Math.min(outerCost, 0.2);
}
