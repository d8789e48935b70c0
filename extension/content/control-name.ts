import { accessibleName, clean, descriptionOf } from "./control-context";
import { nearbyText, textBefore } from "./nearby-text";
import { CUSTOM_RADIO_GROUP, type PageControl } from "./page-control";
import { labelsOf } from "./reading-pass";

/**
 * A control's accessible name as a screen reader computes it (W3C accname, through
 * dom-accessibility-api: label, aria-labelledby, aria-label, title). A radio group is
 * named by its fieldset legend or radiogroup; a control in a shadow root without a name of its own
 * takes its host's (a Fluent web component's label is slotted into the host). Without any, the text
 * just before the control (SharePoint list forms label with a separate cell) and its placeholder:
 * dom-accessibility-api does not count the placeholder, which HTML-AAM lists last. Both are kept,
 * so a placeholder naming something else ("Telefon") rules the control out.
 */
export function controlName(control: PageControl): string {
  const element = control.type === "radio" ? groupOf(control.element) : control.element;
  const named =
    control.type === "combobox"
      ? comboboxName(control.element)
      : element === undefined
        ? ""
        : nameOf(element);
  if (named !== "") return named;
  const root = control.element.getRootNode();
  if (root instanceof ShadowRoot && root.host instanceof HTMLElement) {
    const host = nameOf(root.host) || ownLabel(root.host);
    if (host !== "") return host;
  }
  return clean(`${nearbyText(control.element) ?? ""} ${placeholderOf(control.element)}`);
}

/**
 * What a control says about itself besides its name: its placeholder and accessible description
 * (aria-describedby, title), where a form puts "i fjor" or "fjorårets tall (2023)".
 */
export function controlHint(element: HTMLElement): string {
  const describes = ["aria-describedby", "aria-description", "title"].some((name) =>
    element.hasAttribute(name),
  );
  const described = describes ? descriptionOf(element) : "";
  // A Fluent `<fluent-field>`'s message slot beside its input is the field's help text, tied to
  // the input by no attribute read above: "Fjorårets tall (2024) – kun til kontroll" says the
  // box is last year's (adversary round 6, D13).
  const root = element.getRootNode();
  const field = (root instanceof ShadowRoot ? root.host : element).parentElement;
  const message = field?.querySelector(":scope > [slot=message]")?.textContent ?? "";
  return clean(`${element.getAttribute("placeholder") ?? ""} ${described} ${message}`);
}

/**
 * What a sighted user reads in a control's labels that its accessible name may leave out: text
 * hidden from screen readers (an `aria-hidden` "2024:" badge) and CSS generated content
 * (`label::before { content: "I fjor: " }`, which browsers' accessible names include but
 * dom-accessibility-api reads only with `computedStyleSupportsPseudoElements`:
 * https://github.com/eps1lon/dom-accessibility-api/releases/tag/v0.5.0). For the year check only
 * (control-facts.ts), which it can only make stricter. A label holding the control is left out but
 * for its generated content: its text would hold a list's options.
 */
export function drawnLabel(element: HTMLElement): string {
  let text = "";
  for (const label of labelsOf(element) ?? []) {
    const style = (pseudo: string) => getComputedStyle(label, pseudo).content;
    text += ` ${style("::before")} ${label.contains(element) ? "" : label.innerText} ${style("::after")}`;
  }
  // An input group's addon right before the box ("[2024][ ]") says its year as its label would
  // (adversary round 9, G10).
  return `${text} ${textBefore(element)}`;
}

/** A placeholder that says what to type, not a format ("ÅÅÅÅ-MM-DD", "0,0"). */
function placeholderOf(element: HTMLElement): string {
  const text = element.getAttribute("placeholder") ?? "";
  return /\p{L}{2}/u.test(text) && !/^[\s.,/:-]*([ÅYMDT]{1,4}[\s.,/:-]*)+$/iu.test(text) ? text : "";
}

/**
 * A combobox's name without the choice it shows: Fluent's Dropdown names itself by its label and
 * its own title (`aria-labelledby="label title"`), Fluent's web component by its host's label.
 */
function comboboxName(element: HTMLElement): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const byIds = (ids: string | null) =>
    (ids ?? "")
      .split(/\s+/)
      .map((id) => (id === "" ? null : root.getElementById(id)))
      .filter((target): target is HTMLElement => target !== null && !element.contains(target))
      .map((target) => target.textContent ?? "")
      .join(" ");
  const host = element.parentElement?.localName.includes("-") ? element.parentElement : null;
  const labels = [...((element as HTMLInputElement).labels ?? [])]
    .map((label) => label.textContent ?? "")
    .join(" ");
  const text =
    byIds(element.getAttribute("aria-labelledby")) ||
    element.getAttribute("aria-label") ||
    labels ||
    byIds(host?.getAttribute("aria-labelledby") ?? null) ||
    host?.getAttribute("aria-label") ||
    "";
  return clean(text);
}

function nameOf(element: Element): string {
  const simple = simpleLabel(element);
  if (simple !== undefined) return simple;
  if (isUnnamedField(element)) return "";
  return asMeant(accessibleName(element), element);
}

/**
 * A name as its labels mean it (adversary-4 B8): an `<abbr title>` stands for its title
 * ("Antall <abbr title=døgnplasser>dpl.</abbr> PHBU" is "Antall døgnplasser PHBU"), and a
 * `<sup>` digit ending a label is a footnote mark, no word of it ("PHV voksne, i alt<sup>1</sup>").
 */
function asMeant(name: string, element: Element): string {
  let meant = name;
  for (const label of labelsOf(element as HTMLElement) ?? []) {
    for (const abbr of label.querySelectorAll(`abbr[title]:not([title=""])`)) {
      const shown = clean(abbr.textContent ?? "");
      // As a whole word only: "PHBU <abbr>PH</abbr>" must not turn PHBU into "psykisk helsevernBU".
      const word = new RegExp(
        `(?<![\\p{L}\\d])${shown.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`,
        "u",
      );
      if (shown !== "") meant = meant.replace(word, () => clean((abbr as HTMLElement).title));
    }
    // The mark ends the label: no text after it.
    const mark = label.lastElementChild;
    const digits = mark?.localName === "sup" ? clean(mark.textContent ?? "") : "";
    if (/^\d+$/.test(digits) && clean(label.textContent ?? "").endsWith(digits))
      meant = meant.replace(new RegExp(`${digits}$`), "").trim();
  }
  return meant;
}

/**
 * The accname result for the commonest case without running the algorithm (which reads styles
 * node by node, too slow for 200 fields): a control with no ARIA naming whose only name is one
 * <label> holding plain text.
 */
function simpleLabel(element: Element): string | undefined {
  if (element.hasAttribute("aria-labelledby") || element.hasAttribute("aria-label")) return undefined;
  const labels = element instanceof HTMLElement ? labelsOf(element) : null;
  if (labels?.length !== 1) return undefined;
  const label = labels[0] as HTMLLabelElement;
  if (label.children.length > 0 || label.hidden) return undefined;
  return clean(label.textContent ?? "");
}

/**
 * A text field, list or text area that nothing names: no ARIA naming, no title, no label, no
 * role of its own. The algorithm would answer "" after reading its styles (steps 2B–2D and 2I
 * find nothing, and these roles take no name from content: https://w3c.github.io/accname/#step2F),
 * so it is not run; the SharePoint-style rows without labels were half its cost on 200 fields.
 */
function isUnnamedField(element: Element): boolean {
  const field =
    (element instanceof HTMLInputElement && !NAMED_BY_CONTENT.has(element.type)) ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement;
  if (!field) return false;
  if (["role", "aria-labelledby", "aria-label", "title"].some((name) => element.hasAttribute(name)))
    return false;
  return labelsOf(element)?.length === 0;
}

/** Input types whose name may come from elsewhere (a value, alt text, content). */
const NAMED_BY_CONTENT = new Set(["checkbox", "radio", "button", "submit", "reset", "image"]);

/** A custom element's own light-DOM text (the label slotted into its shadow root). */
function ownLabel(host: Element): string {
  const text = [...host.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE || (node as Element).slot === "label")
    .map((node) => node.textContent ?? "")
    .join(" ");
  return clean(text);
}

function groupOf(radio: HTMLElement): Element | undefined {
  return radio.closest(`[role=radiogroup], fieldset, ${CUSTOM_RADIO_GROUP}`) ?? undefined;
}
