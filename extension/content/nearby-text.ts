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

/**
 * The first non-empty text among the previous siblings; null when another control comes first, or
 * when that text is on the line before (a `<br>` between) and words follow the control on its own
 * line: "[ ] PHV voksne, sykehusnivå<br>[ ] PHV voksne, DPS" — which words are its is not said.
 */
function precedingText(node: Element): string | null {
  let lineBreak = false;
  for (let sibling = node.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
    if (sibling.nodeType === 1) {
      const element = sibling as Element;
      if (element.matches(CONTROL_SELECTOR) || element.querySelector(CONTROL_SELECTOR) !== null) return null;
      // A heading above says which section the control is in, not what it is (context, not name).
      if (element.matches(HEADING_SELECTOR)) return null;
      lineBreak ||= element.localName === "br";
    }
    const text = ownText(sibling).trim();
    if (text !== "") return lineBreak && wordsAfter(node) ? null : text;
  }
  return "";
}

/**
 * The text after a node on its line (before a `<br>`, another control or a label, which is another
 * control's name): a unit of measure written after the box, outside its label ("PHBU, i alt [ ]
 * liggedøgn", "Sykefravær [ ] dager"), which says what the box holds as its name would
 * (place-fits.ts; adversary round 7, E18).
 */
export function textAfter(node: Element, until = `br, label, ${CONTROL_SELECTOR}`): string {
  let text = "";
  for (let sibling = node.nextSibling; sibling !== null; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1 && (sibling as Element).matches(until)) break;
    text += ` ${ownText(sibling)}`;
  }
  return text.trim();
}

/**
 * The text of the element right before a control, when it is no label or control: a Bootstrap
 * input group's addon (`<span class="input-group-text">2024</span><input>`, "%"), said of the box
 * as its name is. Unread, a "2024" or "%" prefix let this year's bed counts into last year's and
 * the percent boxes (adversary round 9, G10, G11).
 */
export function textBefore(node: Element): string {
  const before = node.previousElementSibling;
  const skip = `br, label, ${CONTROL_SELECTOR}`;
  return before && !before.matches(skip) && !before.querySelector(CONTROL_SELECTOR) ? ownText(before) : "";
}

/**
 * The texts right before and after a control on its line (textBefore, textAfter), and the choice
 * of a list right after it, which says its unit: "[ ] [Oppgi som: % ▾]" (adversary round 9, G13;
 * its other options say nothing).
 */
export function textBeside(node: Element): string {
  const list = node.nextElementSibling;
  const chosen = list instanceof HTMLSelectElement ? (list.selectedOptions[0]?.text ?? "") : "";
  return `${textBefore(node)} ${textAfter(node)} ${chosen}`;
}

/** Whether text follows a node on its line (before a `<br>` or another control). */
function wordsAfter(node: Element): boolean {
  return textAfter(node, `br, ${CONTROL_SELECTOR}`) !== "";
}

/** How many controls an element holds (once per pass: a form's many label-less inputs share their containers). */
function controlsInside(element: Element): number {
  return element.querySelectorAll(CONTROL_SELECTOR).length;
}
