import { CONTROL_SELECTOR } from "./page-control";

/** Elements a page makes look like a heading without saying so (a bold, larger `<div>`). */
export const STYLED_HEADING_CANDIDATES = "div, p, strong, b, span";

/** Longer text is a paragraph or a notice, not a section's title. */
const MAX_TITLE_LENGTH = 80;

/** A heading is bold and clearly larger than the page's text (1.5em in the forms seen). */
const MIN_SIZE_RATIO = 1.2;
const MIN_WEIGHT = 600;

/**
 * Whether an element is a section title drawn by style alone: "Voksne – DPS (fjoråret)" in a
 * bold 1.5em `<div>` above a label. Its words place the controls under it as an `<h2>`'s would,
 * so a last-year section drawn so is still last year's. Only elements holding text of their own
 * and no control are read for style, and never inside a heading, label, cell or legend (those are
 * named by their own element already).
 */
export function isStyledHeading(element: Element, bodySize: number): boolean {
  if (!hasDirectText(element)) return false;
  if (element.closest("h1, h2, h3, h4, h5, h6, [role=heading], label, td, th, legend, button, a, summary"))
    return false;
  if (element.querySelector(CONTROL_SELECTOR) !== null) return false;
  const text = element.textContent?.trim() ?? "";
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return false;
  const style = getComputedStyle(element);
  const weight = Number(style.fontWeight) || (style.fontWeight === "bold" ? 700 : 400);
  return weight >= MIN_WEIGHT && Number.parseFloat(style.fontSize) >= bodySize * MIN_SIZE_RATIO;
}

/** The font size of the page's running text, against which a heading is larger. */
export function bodyFontSize(doc: Document): number {
  const body = doc.body ?? doc.documentElement;
  return Number.parseFloat(getComputedStyle(body).fontSize) || 16;
}

function hasDirectText(element: Element): boolean {
  for (let child = element.firstChild; child !== null; child = child.nextSibling)
    if (child.nodeType === 3 && (child.nodeValue ?? "").trim() !== "") return true;
  return false;
}
