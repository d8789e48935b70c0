import { computeAccessibleDescription, computeAccessibleName } from "dom-accessibility-api";
import { precedes } from "./collect-controls";
import { gridHeaders } from "./grid-headers";
import { HEADING_SKIPPED, ownText } from "./own-text";
import { CONTROL_SELECTOR } from "./page-control";
import { oncePerPass } from "./reading-pass";
import { tableHeaders } from "./table-headers";

/** Where a context text comes from; "near" kinds sit right around the control, "outer" further out. */
export type ContextKind = "row" | "column" | "caption" | "legend" | "heading" | "tab" | "region" | "outer";

/** One text around a control that says what it belongs to. */
export interface ContextText {
  text: string;
  kind: ContextKind;
}

const HEADINGS = "h1, h2, h3, h4, h5, h6, [role=heading]";

/** A control's table headers (table-headers.ts), or where it is in no table, its grid's. */
export function cellHeaders(element: Element): ContextText[] {
  const table = tableHeaders(element);
  return table.length > 0 ? table : gridHeaders(element);
}

/**
 * The texts that place a control in the form's structure, nearest first: its table row and column
 * headers (the HTML table model's, table-headers.ts; or a CSS grid's, by position), the legends of
 * its fieldsets, the headings it sits under (the nearest, then each higher level), the tab panel,
 * the labelled region (section, article, aside, form, fieldset, table, role region or group) and the
 * details' summary around it, and those of its form owner (the `form` attribute's). Shadow roots
 * are crossed through their hosts.
 */
export function controlContext(element: Element, headings: HeadingIndex): ContextText[] {
  const texts = cellHeaders(element);
  // A control given to a form by its `form` attribute belongs where that form is, wherever the
  // layout puts it: "Rettelser i fjorårets tall (2024)" names its boxes (adversary round 4, B14).
  const owner = (element as HTMLInputElement).form;
  if (owner && !owner.contains(element)) texts.push(...oncePerPass(enclosingContext, owner));
  texts.push(...oncePerPass(enclosingContext, element), ...headings.above(element));
  return texts.filter((context) => context.text !== "");
}

/**
 * The legends, tabs, regions and summaries of an element and everything around it, nearest first.
 * The controls of a form share most of their ancestors: each ancestor's part is read once per
 * reading pass (keyed by the element), not once per control under it.
 */
function enclosingContext(at: Element): ContextText[] {
  const texts: ContextText[] = [];
  if (at.localName === "fieldset") {
    // The first legend child, as `:scope > legend` finds it, without searching the whole fieldset.
    const legend = childNamed(at, "legend");
    // A legend's fieldset described by its measure ("Status nå", aria-describedby the measure's
    // text: adversary round 5, C19) is that measure's, as a legend naming it would say.
    if (legend !== null)
      texts.push(
        { text: oncePerPass(legendText, legend), kind: "legend" },
        { text: computeAccessibleDescription(at), kind: "legend" },
      );
  }
  // A fieldset, tab or region holds many controls: its name is computed once per reading pass.
  // A tab panel without a name of its own is named by the tab that controls it (a Fluent
  // `<fluent-tab aria-controls>` over a bare panel: adversary round 5, C4).
  const role = at.getAttribute("role");
  const tab =
    (role === "tabpanel" ? oncePerPass(accessibleName, at) : "") || (at.id && oncePerPass(tabLinkText, at));
  if (tab) texts.push({ text: tab, kind: "tab" });
  // A labelled dialog and form too: "Fjorårets tall (2024) – kontroller før du sender" (round 4, B12),
  // and a group or fieldset named by `aria-label` alone (adversary round 6, D23). A table named by
  // `aria-labelledby` ("Fjorårets tall (2024)" in a bar above it) is captioned by it (D22). An
  // article card named "Sykehuset i Vestfold HF", with only a logo for a title, is Vestfold's (D7).
  const region =
    /^(region|dialog|group|article)$/.test(role as string) ||
    /^(section|aside|dialog|form|fieldset|table|article)$/.test(at.localName);
  if (region && hasLabel(at))
    texts.push({
      text: oncePerPass(accessibleName, at),
      kind: at.localName === "table" ? "caption" : "region",
    });
  // A details' summary names what it opens onto ("Rettelser i fjorårets tall"), as a legend does.
  const summary = at.localName === "details" ? childNamed(at, "summary") : null;
  if (summary !== null) texts.push({ text: oncePerPass(legendText, summary), kind: "region" });
  // A figure's caption speaks for the table or boxes it holds, as a table's own caption does:
  // "Godkjente tall per 31.12.2024" (adversary round 5, C6).
  const figcaption = at.localName === "figure" ? childNamed(at, "figcaption") : null;
  if (figcaption !== null) texts.push({ text: oncePerPass(legendText, figcaption), kind: "caption" });
  // Most elements add nothing: they share their parent's list (read-only) instead of copying it, so
  // the 800 ancestors of 200 boxes do not each copy the lists of all above them.
  const parent = parentAcross(at);
  const outer = parent === null ? [] : oncePerPass(enclosingContext, parent);
  return texts.length === 0 ? outer : [...texts, ...outer];
}

/** Every heading of a document in tree order, so each control finds those above it by bisection. */
export interface HeadingIndex {
  above(element: Element): ContextText[];
}

/** Reads a document's headings once (including those in open shadow roots). */
export function indexHeadings(headingElements: readonly Element[]): HeadingIndex {
  // A heading inside a table cell or a label is that row's or control's label, not a section's.
  const sections = headingElements.filter((element) => element.closest("td, th, label") === null);
  const list = sections.map((element) => {
    const level = levelOf(element);
    return {
      element,
      level,
      text: clean(ownText(element, HEADING_SKIPPED)),
      scope: level > 1 ? scopeOf(element) : null,
    };
  });
  return {
    above(element) {
      const anchor = outermost(element);
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        const heading = outermost((list[middle] as { element: Element }).element);
        if (precedes(heading, anchor)) low = middle + 1;
        else high = middle;
      }
      const found: ContextText[] = [];
      let level = 7;
      for (let index = low - 1; index >= 0 && level > 1; index--) {
        const heading = list[index] as (typeof list)[number];
        if (heading.level >= level || heading.text === "" || !within(heading.scope, element)) continue;
        // The page's own title (h1) names the whole form, not a section of it.
        const near = found.length === 0 && heading.level > 1;
        found.push({ text: heading.text, kind: near ? "heading" : "outer" });
        level = heading.level;
      }
      return found;
    },
  };
}

/**
 * The part of the page a heading titles: its nearest ancestor holding a control. A card's or
 * fieldset's `<h3>` names that card only, never the untitled card after it; a heading alone in its
 * own wrapper (a card's header `<div>`) reaches the card around it. Null: the whole page.
 */
function scopeOf(heading: Element): Element | null {
  let at = parentAcross(heading);
  while (at !== null && at.querySelector(CONTROL_SELECTOR) === null) at = parentAcross(at);
  return at;
}

/** Whether an element is inside a scope (through the shadow hosts around it; null: the page). */
export function within(scope: Element | null, element: Element): boolean {
  for (let at: Element | null = element; at !== null; at = (at.getRootNode() as ShadowRoot).host ?? null)
    if (scope === null || scope.contains(at)) return true;
  return false;
}

/** The selector of heading elements. */
export const HEADING_SELECTOR = HEADINGS;

export function childNamed(element: Element, localName: string): Element | null {
  for (const child of element.children) if (child.localName === localName) return child;
  return null;
}

function hasLabel(element: Element): boolean {
  return element.hasAttribute("aria-label") || element.hasAttribute("aria-labelledby");
}

function legendText(legend: Element): string {
  return clean(ownText(legend));
}

/**
 * A pane named by the tab that opens it: an element whose `aria-controls` names the pane (a
 * `<fluent-tab>`, whose role the page cannot see: it comes through ElementInternals; an
 * accordion's button), or a link without ARIA where Bootstrap 3 puts it in a `nav-tabs` list (or
 * marks it `data-toggle="tab"`) pointing at the pane's id, so "I fjor" over an open pane says the
 * pane is last year's (adversary round 3, A15), or where Bootstrap 5's `<button>` points at it by
 * `data-bs-target` (round 6, D29). A skip link ("#main") is no tab.
 */
function tabLinkText(pane: Element): string {
  // Every one that opens it, not the first: an "Utvid alle" button controlling both panes, before
  // the tabs, must not take the place of the tab "I fjor (2024)" (review of C4).
  const texts: string[] = [];
  for (const link of oncePerPass(hashLinks, pane.getRootNode() as ParentNode).get(`#${pane.id}`) ?? []) {
    const toggle = link.getAttribute("data-toggle") ?? link.getAttribute("data-bs-toggle") ?? "";
    if (
      /^(tab|pill)$/.test(toggle) ||
      link.closest('[class*="tab"], [role=tablist]') ||
      controlsOf(link).includes(pane.id)
    )
      texts.push(clean(link.textContent ?? ""));
  }
  return texts.join(" ");
}

function controlsOf(link: Element): string[] {
  return (link.getAttribute("aria-controls") ?? "").split(/\s+/);
}

/**
 * A tree's in-page links by their `href` or Bootstrap 5's `data-bs-target` ("#pane") and the
 * elements that control a pane by its id (`aria-controls`), in tree order: every control with an
 * id asks for the tabs to it, and one search of the tree per pass answers all of them. A tab
 * naming its pane twice (`data-bs-target` and `aria-controls`, as Bootstrap 5's docs write it)
 * is listed once under it.
 */
function hashLinks(root: ParentNode): Map<string, Element[]> {
  const links = new Map<string, Element[]>();
  for (const link of root.querySelectorAll('a[href^="#"], [aria-controls], [data-bs-target]')) {
    for (const href of new Set([
      link.getAttribute("href"),
      link.getAttribute("data-bs-target"),
      ...controlsOf(link).map((id) => `#${id}`),
    ])) {
      const same = links.get(href as string);
      if (same === undefined) links.set(href as string, [link]);
      else same.push(link);
    }
  }
  return links;
}

/** An element's accessible name, white space folded ("" where the algorithm fails on a page). */
export function accessibleName(element: Element): string {
  try {
    return clean(computeAccessibleName(element));
  } catch {
    return "";
  }
}

export function descriptionOf(element: Element): string {
  try {
    return clean(computeAccessibleDescription(element));
  } catch {
    return "";
  }
}

function levelOf(heading: Element): number {
  const match = /^h([1-6])$/.exec(heading.localName);
  if (match) return Number(match[1]);
  // A title drawn by style alone is the innermost level: the sections above it stay around it.
  if (!heading.matches(HEADINGS)) return 6;
  return Number(heading.getAttribute("aria-level")) || 2;
}

/** The parent element, or the shadow host when the element is a shadow root's child. */
export function parentAcross(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element itself, or its outermost shadow host in the document (for ordering across roots). */
function outermost(element: Element): Element {
  let at = element;
  for (let root = at.getRootNode(); root instanceof ShadowRoot; root = at.getRootNode()) at = root.host;
  return at;
}

/** A text with its white space folded to single spaces, trimmed: as a reader reads it. */
export function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
