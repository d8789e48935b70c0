import { computeAccessibleName } from "dom-accessibility-api";
import { oncePerPass } from "./reading-pass";

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

/**
 * A header cell's words as a screen reader reads them: with an icon's alt text
 * (`<th><img alt="Fjorårets tall (2024)">`), a list's chosen option, not all of them
 * (`<th>År <select>…<option selected>2024</option>`), and CSS generated content, alone
 * (`<th class="ly">`, `.ly::before { content: "2024 (i fjor)" }`) or after text
 * (`<th data-year="2024">Innrapportert</th>`, `::after { content: " " attr(data-year) }`), which
 * browsers' accessible names include (adversary round 6, D4, D5; round 7, E10, E12). The accname
 * algorithm reads styles node by node, so only for such cells: nearly every header is plain text.
 * Read once per pass: a column's header heads each of its 200 cells.
 */
export const headerText = (cell: Element): string => oncePerPass(readHeader, cell);

function readHeader(cell: Element): string {
  const text = ownText(cell);
  const drawn = (pseudo: string) => getComputedStyle(cell, pseudo).content;
  // Drawn text is a quoted string ('" 2024"'); 'none' and a clearfix's '""' draw none.
  if (
    text.trim() !== "" &&
    !cell.querySelector("img,select,[role=combobox]") &&
    !/"[^"]/.test(drawn("::before") + drawn("::after"))
  )
    return text;
  try {
    return computeAccessibleName(cell, { computedStyleSupportsPseudoElements: true }) || text;
  } catch {
    return text;
  }
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
  // A `<time datetime="2024-11-20">20.11.</time>` reads as the date it stands for, so a header
  // "Telling 20.11." is 2024's as "Telling 20.11.2024" is (adversary round 6, D2).
  const date =
    (node as Element).localName === "time" &&
    /^\d{4}-\d\d-\d\d/.exec((node as Element).getAttribute("datetime") ?? "");
  if (date) {
    parts.push(` ${date[0]} `);
    return;
  }
  for (let child = node.firstChild; child !== null; child = child.nextSibling)
    collect(child, parts, budget, skipped);
}
