/** What a highlight says about a field. */
export type HighlightState = "filled" | "mismatched";

const COLOURS: Record<HighlightState, string> = { filled: "#1b7f3b", mismatched: "#c62828" };

/** The outline each highlighted element had before, so clearing restores the page exactly. */
const saved = new Map<HTMLElement, { outline: string; offset: string }>();

/**
 * Marks a field the extension filled (green) or whose value differs (red). An outline takes no
 * room, so the page's layout never moves; `clearHighlights` undoes every mark.
 */
export function highlight(element: HTMLElement, state: HighlightState): void {
  if (!saved.has(element)) {
    saved.set(element, { outline: element.style.outline, offset: element.style.outlineOffset });
  }
  element.style.outline = `2px solid ${COLOURS[state]}`;
  element.style.outlineOffset = "1px";
  element.setAttribute("data-hso", state);
}

/** Removes every highlight this frame's content script made. */
export function clearHighlights(): void {
  for (const [element, before] of saved) {
    element.style.outline = before.outline;
    element.style.outlineOffset = before.offset;
    element.removeAttribute("data-hso");
  }
  saved.clear();
}
