import { parentAcross } from "./control-context";
import type { PageControl } from "./page-control";
import { oncePerPass, styleFacts } from "./reading-pass";

/** Why a located control is left alone in fill mode. */
export type UnusableReason = "disabled" | "readonly" | "hidden";

/**
 * Why a control must not be filled, or undefined when it may be: the page disabled it, made it
 * read-only, or does not show it (a user could not have typed there either).
 */
export function unusableReason(control: PageControl): UnusableReason | undefined {
  const element = control.element;
  if (isDisabled(element)) return "disabled";
  if (isReadOnly(control)) return "readonly";
  if (isHidden(element) && !shownByLabel(element)) return "hidden";
  return undefined;
}

/**
 * A radio or checkbox styled by its label: Fluent UI React's ChoiceGroup (as Bootstrap's custom
 * controls and many others) draws the circle in the `<label>` and leaves the input at opacity 0.
 * A user clicks the label, which chooses the input: shown where its label is.
 */
function shownByLabel(element: HTMLElement): boolean {
  if (!(element instanceof HTMLInputElement) || !["radio", "checkbox"].includes(element.type)) return false;
  return [...(element.labels ?? [])].some((label) => !isHidden(label));
}

function isDisabled(element: HTMLElement): boolean {
  if ((element as HTMLInputElement).disabled === true) return true;
  if (element.getAttribute("aria-disabled") === "true") return true;
  return element.closest("fieldset:disabled, [aria-disabled=true]") !== null;
}

function isReadOnly(control: PageControl): boolean {
  const element = control.element;
  // Fluent's Dropdown renders a read-only <input> role=combobox: it is chosen from, not typed in.
  if (control.type === "combobox") return element.getAttribute("aria-readonly") === "true";
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.readOnly;
  return element.getAttribute("aria-readonly") === "true";
}

/**
 * Hidden the ways pages hide inputs: display, visibility, `hidden`, `aria-hidden` on an ancestor,
 * opacity below 0.1 (on it and its ancestors together, `filter: opacity()` too), a clip or clip-path
 * that cuts it away, a box of 2 px or less, text drawn transparent, or a place outside
 * the page that no scrolling reaches (left: -9999px), an ancestor with overflow hidden that
 * collapses it (height: 0).
 */
export function isHidden(element: HTMLElement): boolean {
  if (element.hidden || element.closest("[hidden], [aria-hidden=true]") !== null) return true;
  const check = (element as { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (
    typeof check === "function" &&
    !check.call(element, { visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true })
  ) {
    return true;
  }
  const box = element.getBoundingClientRect();
  // A 2 × 2 px box is a dot no one types into (adversary round 6, D24).
  if (box.width <= 2 || box.height <= 2) return hasLayout(element);
  // Text drawn transparent: nobody sees what is written there (D24's ghost box).
  if (isTextBox(element) && /^rgba\(.*, 0\)$|^transparent$/.test(getComputedStyle(element).color))
    return true;
  const shown = whereShown(element, box);
  return shown === undefined || isOffPage(element, shown) || isCovered(element, box);
}

/**
 * Covered where a user points at it: at its centre the page shows another element on top (an
 * opaque `::after` over the box: adversary round 5, C15), not the box, a child of it or a label
 * (a label over a box hands it the click). A box outside the view is not tested; one that seems
 * covered is brought into view and tested again (under a sticky header or a table's frozen
 * column, or scrolled away in its container), and the window scrolled back. First tested at
 * `box`, the one isHidden read (nothing has moved since): its box is read again only once scrolled.
 */
function isCovered(element: HTMLElement, box: DOMRect): boolean {
  if (!coveredNow(element, box)) return false;
  const view = element.ownerDocument.defaultView as Window;
  const { scrollX, scrollY } = view;
  element.scrollIntoView({ block: "center", inline: "center", behavior: "instant" });
  const covered = coveredNow(element, element.getBoundingClientRect());
  view.scrollTo(scrollX, scrollY);
  return covered;
}

function coveredNow(element: HTMLElement, { x, y, width, height }: DOMRect): boolean {
  const at = (dx: number, dy: number) => {
    const top = (element.getRootNode() as Document).elementFromPoint?.(x + width * dx, y + height * dy);
    return !!top && !element.contains(top) && top;
  };
  const top = at(0.5, 0.5);
  // A label over part of its box hands it the click (a floating label); one over all of it (its
  // own opaque `::after`) hides it (D24): tested near the four corners too.
  return !!top && (!top.closest("label") || [0.1, 0.9].every((dx) => at(dx, 0.1) && at(dx, 0.9)));
}

/** A box one types text into (a checkbox's or radio's colour draws no text). */
function isTextBox(element: HTMLElement): boolean {
  return (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && !/^(checkbox|radio)$/.test(element.type))
  );
}

/** A zero box counts as hidden only where the browser lays pages out (not in a DOM without layout). */
function hasLayout(element: HTMLElement): boolean {
  const view = element.ownerDocument.defaultView;
  return view !== null && element.ownerDocument.documentElement.getBoundingClientRect().width > 0;
}

function isOffPage(element: HTMLElement, box: DOMRect): boolean {
  const { scrollX, scrollY, width, height } = oncePerPass(pageExtent, element.ownerDocument);
  return (
    box.right + scrollX <= 0 ||
    box.bottom + scrollY <= 0 ||
    box.left + scrollX >= width ||
    box.top + scrollY >= height
  );
}

/** How far the page is scrolled and how large it is (read once per pass: six layout reads). */
function pageExtent(doc: Document): { scrollX: number; scrollY: number; width: number; height: number } {
  return {
    scrollX: doc.defaultView?.scrollX ?? 0,
    scrollY: doc.defaultView?.scrollY ?? 0,
    width: Math.max(doc.documentElement.scrollWidth, doc.documentElement.clientWidth),
    height: Math.max(doc.documentElement.scrollHeight, doc.documentElement.clientHeight),
  };
}

/** Opacity below this (on the control and its ancestors together) is invisible to a user. */
const MIN_OPACITY = 0.1;

/**
 * The box a user sees the control in, undefined when it is cut away: by a clip, a clip-path, an
 * ancestor whose overflow is hidden and whose box leaves nothing of the control's (a `height: 0;
 * overflow: hidden` wrapper), or all but transparent. A scrolling ancestor (overflow auto or
 * scroll, as SharePoint's #s4-workspace) that holds the control below its fold shows it once
 * scrolled: from there on the ancestor's own box is where it is seen.
 */
function whereShown(element: HTMLElement, box: DOMRect): DOMRect | undefined {
  const view = element.ownerDocument.defaultView;
  if (view === null) return box;
  let opacity = 1;
  let seen = box;
  for (let at: Element | null = element; at !== null; at = parentAcross(at)) {
    const style = styleFacts(at);
    opacity *= style.opacity;
    if (opacity < MIN_OPACITY) return undefined;
    if (at !== element && style.overflow !== "visible") {
      const outer = at.getBoundingClientRect();
      if (!overlaps(outer, seen)) {
        if (!scrollsTo(at, style.overflow, outer, seen)) return undefined;
        seen = outer;
      }
    }
    const clipPath = style.clipPath;
    if (clipPath && /inset\(\s*(50|100)%|circle\(\s*0|polygon\(\s*0(px)? 0(px)?\s*\)/.test(clipPath))
      return undefined;
    if (style.clip && /rect\(\s*0(px)?[ ,]+0(px)?[ ,]+0(px)?[ ,]+0(px)?\s*\)/.test(style.clip))
      return undefined;
    if (style.position === "fixed") break;
  }
  return seen;
}

/**
 * Whether a user can scroll the ancestor to the box: on each axis the box already shows, or the
 * axis scrolls (auto, scroll) and the box lies within what it scrolls over; the ancestor itself
 * more than a pixel each way (a 1 px scrolling region shows nothing).
 */
function scrollsTo(at: Element, overflow: string, outer: DOMRect, box: DOMRect): boolean {
  if (outer.width <= 1 || outer.height <= 1) return false;
  const [x = "", y = x] = overflow.split(" ");
  const scrolls = (value: string) => value === "auto" || value === "scroll";
  const top = box.top - outer.top + at.scrollTop;
  const left = box.left - outer.left + at.scrollLeft;
  const showsY = box.bottom > outer.top && box.top < outer.bottom;
  const showsX = box.right > outer.left && box.left < outer.right;
  const reachY = showsY || (scrolls(y) && top + box.height > 0 && top < at.scrollHeight);
  const reachX = showsX || (scrolls(x) && left + box.width > 0 && left < at.scrollWidth);
  return reachX && reachY;
}

/** Whether more than a pixel of one box lies inside the other. */
function overlaps(outer: DOMRect, inner: DOMRect): boolean {
  const width = Math.min(outer.right, inner.right) - Math.max(outer.left, inner.left);
  const height = Math.min(outer.bottom, inner.bottom) - Math.max(outer.top, inner.top);
  return width > 1 && height > 1;
}
