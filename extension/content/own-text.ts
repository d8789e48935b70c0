const SKIPPED = new Set(["SCRIPT", "STYLE", "SELECT", "TEXTAREA", "BUTTON", "INPUT", "OPTION", "TEMPLATE"]);

/** Longer text is a paragraph, not a label; cut early so huge nodes cost nothing. */
const MAX_LENGTH = 300;

/**
 * The visible words of a node without the text of controls inside it (a wrapping label's select
 * would otherwise add every option's text to the label).
 */
export function ownText(node: Node, skipped: ReadonlySet<string> = SKIPPED): string {
  const parts: string[] = [];
  collect(node, parts, { length: 0 }, skipped);
  return parts.join("");
}

/** A heading's words include its button's: an accordion's header is `<h2><button>…</button></h2>` (WAI-ARIA APG). */
export const HEADING_SKIPPED: ReadonlySet<string> = new Set([...SKIPPED].filter((tag) => tag !== "BUTTON"));

function collect(
  node: Node,
  parts: string[],
  budget: { length: number },
  skipped: ReadonlySet<string>,
): void {
  if (budget.length > MAX_LENGTH) return;
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? "";
    parts.push(text);
    budget.length += text.length;
    return;
  }
  if (node.nodeType !== 1 || skipped.has((node as Element).tagName)) return;
  if ((node as HTMLElement).hidden) return;
  for (let child = node.firstChild; child !== null; child = child.nextSibling)
    collect(child, parts, budget, skipped);
}
