import { type ContextText, cellHeaders } from "./control-context";
import type { ControlFacts } from "./control-facts";
import { controlName } from "./control-name";
import { isOverlayHost } from "./highlight";
import { normalizeLabel } from "./normalize-label";
import type { PageControl } from "./page-control";
import type { PlannedField } from "./plan-field";

/** Where a control's name and section come from: text changed there may rename the control. */
const NAMING =
  "label, legend, h1, h2, h3, h4, h5, h6, th, caption, summary, [role=heading], [role=columnheader], [role=rowheader]";
const NAMED = `${NAMING}, input, select, textarea`;

/**
 * Watches the page while a fill writes and reads back. A page that re-renders its form on input
 * (Vue rows keyed by their index and sorted "still to fill first": adversary round 3, A6) gives a
 * control found before the first write to another row by the next, so a figure written or put
 * back there lands in another field. Only changes that can rename a control count (text of
 * labels, legends, headings and header cells; controls or labels added, removed or moved; naming
 * attributes): a sum the page writes into a span does not make every field be read again.
 */
export function watchForMoves(doc: Document) {
  let dirty = false;
  const observer = new MutationObserver((records) => {
    if (records.some(renames)) dirty = true;
  });
  observer.observe(doc, {
    childList: true,
    characterData: true,
    subtree: true,
    attributeFilter: ["aria-label", "aria-labelledby", "for", "id", "title"],
  });
  return {
    /**
     * Whether the control still has the name it was planned by. Its name alone: the section is
     * read against every control of the page at once (an unknown section's namesakes, styled
     * headings), which one control read again cannot repeat.
     */
    stillThere(field: PlannedField): boolean {
      if (observer.takeRecords().some(renames)) dirty = true;
      if (!dirty) return true;
      const { control } = field.facts;
      // A control the page replaced (a re-render with a new key) is found again before it is
      // written or read (run-request.ts, `now` in fill): one still detached here is no field of the page.
      // One still on the page under another name moved.
      if (!control.element.isConnected) return false;
      return namedAsPlanned(control, field.facts);
    },
    stop(): void {
      observer.disconnect();
    },
  };
}

/**
 * Whether a control has the name it was planned by, and its row and column headers: a Vue table
 * that adds "2024 (i fjor)" before "2025" keyed by index gives 2025's inputs to 2024 under the
 * same row names (adversary round 5, C1).
 */
export function namedAsPlanned(control: PageControl, facts: Pick<ControlFacts, "name" | "context">): boolean {
  return (
    normalizeLabel(controlName(control)) === normalizeLabel(facts.name) &&
    headers(cellHeaders(control.element)) === headers(facts.context)
  );
}

/** A control's row and column header texts, as one text to compare. */
const headers = (texts: readonly ContextText[]) =>
  texts
    .filter((text) => text.text && (text.kind === "row" || text.kind === "column"))
    .map((text) => text.text)
    .join("\n");

/** Tells what a fill may write into or put back: `stillThere` of `watchForMoves`. */
export type MoveWatch = ReturnType<typeof watchForMoves>;

function renames(record: MutationRecord): boolean {
  if (record.type === "attributes") return true;
  if (record.type === "characterData") return record.target.parentElement?.closest(NAMING) != null;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  if (nodes.every((node) => isOverlayHost(node))) return false;
  if (record.target instanceof Element && record.target.closest(NAMING) !== null) return true;
  return nodes.some(
    (node) => node instanceof Element && (node.matches(NAMED) || node.querySelector(NAMED) !== null),
  );
}
