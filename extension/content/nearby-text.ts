import { HEADING_SELECTOR } from "./control-context";
import { ownText } from "./own-text";
import { CONTROL_SELECTOR } from "./page-control";
import { oncePerPass } from "./reading-pass";

/** How far up from the control to look for a label-like sibling (input → span → cell → row). */
const MAX_DEPTH = 4;

/**
 * The text just before a control that labels it without markup saying so: a preceding `<td>` or
 * `<div>` in the same row (SharePoint list forms) or a text node beside the input. Stops as soon as
 * the text could belong to another control.
 */
export function nearbyText(control: Element): string | undefined {
  let node: Element = control;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const text = precedingText(node);
    if (text === null) return undefined;
    if (text !== "") return text;
    const parent = node.parentElement;
    if (parent === null || parent.tagName === "FORM" || parent.tagName === "BODY") return undefined;
    if (oncePerPass(controlsInside, parent) > 1) return undefined;
    node = parent;
  }
  return undefined;
}

/** The first non-empty text among the previous siblings; null when another control comes first. */
function precedingText(node: Element): string | null {
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling.nodeType === 1) {
      const element = sibling as Element;
      if (element.matches(CONTROL_SELECTOR) || element.querySelector(CONTROL_SELECTOR) !== null) return null;
      // A heading above says which section the control is in, not what it is (context, not name).
      if (element.matches(HEADING_SELECTOR)) return null;
    }
    const text = ownText(sibling).trim();
    if (text !== "") return text;
  }
  return "";
}

/** How many controls an element holds (once per pass: a form's many label-less inputs share their containers). */
function controlsInside(element: Element): number {
  return element.querySelectorAll(CONTROL_SELECTOR).length;
}
