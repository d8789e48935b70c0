const SKIPPED = new Set(["SCRIPT", "STYLE", "SELECT", "TEXTAREA", "BUTTON", "INPUT", "OPTION", "TEMPLATE"]);

/** Longer text is a paragraph, not a label; cut early so huge nodes cost nothing. */
const MAX_LENGTH = 300;

/**
 * The visible words of a node without the text of controls inside it (a wrapping label's select
 * would otherwise add every option's text to the label).
 */
export function ownText(node: Node): string {
  const parts: string[] = [];
  collect(node, parts, { length: 0 });
  return parts.join("");
}

function collect(node: Node, parts: string[], budget: { length: number }): void {
  if (budget.length > MAX_LENGTH) return;
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? "";
    parts.push(text);
    budget.length += text.length;
    return;
  }
  if (node.nodeType !== 1 || SKIPPED.has((node as Element).tagName)) return;
  if ((node as HTMLElement).hidden) return;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) collect(child, parts, budget);
}
