import { holdsShadowControl } from "./collect-controls";
import { clean, parentAcross } from "./control-context";
import { HEADING_SKIPPED, ownText } from "./own-text";
import { CONTROL_SELECTOR } from "./page-control";
import { oncePerPass } from "./reading-pass";
import { saysLastYear, wordsInUse, yearsIn } from "./words";

/**
 * A child that is a control, a label, a table or a tab's link names no container (those are read
 * elsewhere); nor does a tab, which names its own panel (control-context.ts): Shoelace's
 * `<sl-tab-group>` opens with its `<sl-tab>`s, and its first tab "2024" made every panel last
 * year's, the open 2025 one too (adversary round 9, G15); nor does a button, unless it opens what
 * follows it: a hand-made accordion's header `<button aria-expanded>` "Fjorårets tall (2024)"
 * titles its item (adversary round 6, D30).
 */
const NOT_A_TITLE = `${CONTROL_SELECTOR}, label, legend, summary, caption, td, th, a, [role=tab], button:not([aria-expanded])`;

/**
 * Whether a card, fieldset or other container around a control (its titles: cardTitles) opens
 * with a title saying last year ("Tall for i fjor (til kontroll)", "Fjorårets tall", "2024" in a 2025 package), however it
 * is styled: a bold `<div>` too small to read as a heading still says the card is last year's
 * (adversary round 3, A5's g11b), as a caption, legend or summary does. Read for this alone, never
 * as words that name a field: it can only take candidates away. The title is the container's first
 * child with text, when it holds no control and is not a label, cell, link or button (but an
 * accordion header's `aria-expanded` one: NOT_A_TITLE), and no control follows it directly (then
 * it is that control's label); the page's body is the page's, not a card.
 */
export function inLastYearsCard(titles: readonly string[], year?: number): boolean {
  return titles.some((title) => {
    const years = yearsIn(title);
    return saysLastYear(title) || (year !== undefined && years.includes(year - 1) && !years.includes(year));
  });
}

/**
 * The titles and footers (footerOf) of the cards, fieldsets and other containers around a control,
 * nearest first (see inLastYearsCard).
 */
export function cardTitles(element: Element): string[] {
  const titles: string[] = [];
  // An empty title says nothing (no year, no unit, no last year's words): kept, for the size budget.
  for (let at = parentAcross(element); at !== null && at.localName !== "body"; at = parentAcross(at))
    titles.push(oncePerPass(titleOf, at), oncePerPass(footerOf, at));
  return titles;
}

/**
 * A container's last child saying whose the figures above are ("Tallene over gjelder 2024 (til
 * kontroll).": form-words.ts FIGURES_ABOVE), read as a title: a card without one says its year there
 * (adversary round 7, E22).
 */
function footerOf(container: Element): string {
  const last = container.lastElementChild;
  const text = last?.querySelector(CONTROL_SELECTOR) === null ? clean(last.textContent ?? "") : "";
  return wordsInUse().figuresAbove.test(text) ? text : "";
}

function titleOf(container: Element): string {
  for (const child of container.children) {
    // A Fluent accordion's first item holds controls in its inputs' shadow roots: a card, no title
    // (as its text it made the accordion last year's, and this year's item got nothing: round 5, C17).
    if (child.matches(NOT_A_TITLE) || child.querySelector(NOT_A_TITLE) !== null || holdsShadowControl(child))
      return "";
    // Read with the words of an accordion's header button (the only button a title may hold).
    const text = clean(ownText(child, HEADING_SKIPPED));
    // Longer text is a paragraph or a notice; text a control follows is that control's label.
    if (text !== "")
      return text.length > 80 || child.nextElementSibling?.matches(CONTROL_SELECTOR) ? "" : text;
  }
  return "";
}
