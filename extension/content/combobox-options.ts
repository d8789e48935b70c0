import { allElements } from "./collect-controls";
import { clean } from "./control-context";

/**
 * Custom elements that are options without saying so in an attribute: Fluent UI's web components
 * set `role` through ElementInternals (`elementInternals.role = "option"` in fluent-option), which
 * no selector sees, so `<fluent-option>` in a `<fluent-listbox>` matched no `[role=option]`.
 */
const OPTION_ELEMENTS = "[role=option], fluent-option, fast-option";
const LIST_ELEMENTS = "[role=listbox], fluent-listbox, fast-listbox";

/**
 * The options a combobox shows now: those of the listbox it `aria-controls` (or `aria-owns`), else
 * of the one listbox open in the page (Fluent React renders its options in a layer at the end of
 * the body). Several open, or none: no options — a click in another control's list would choose
 * there. Disabled options are left out: a user cannot choose them.
 */
export function comboboxOptions(box: HTMLElement): Element[] {
  const owned = box.getAttribute("aria-controls") ?? box.getAttribute("aria-owns");
  const root = box.getRootNode() as Document | ShadowRoot;
  const list = owned ? root.getElementById?.(owned.split(/\s+/)[0] ?? "") : null;
  const found = list ? [...list.querySelectorAll(OPTION_ELEMENTS)] : [];
  const options = found.length > 0 ? found : listed(box.ownerDocument);
  return options.filter((option) => !isDisabled(option));
}

function listed(doc: Document): Element[] {
  const open = allElements(doc, LIST_ELEMENTS).filter(isShown);
  return open.length === 1 ? [...(open[0] as Element).querySelectorAll(OPTION_ELEMENTS)] : [];
}

function isShown(element: Element): boolean {
  const check = (element as { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === "function" ? check.call(element) : true;
}

function isDisabled(option: Element): boolean {
  return option.getAttribute("aria-disabled") === "true" || option.hasAttribute("disabled");
}

/** How long a combobox may take to show the option just chosen (Fluent's web components render in a later frame). */
const SHOWN_WAIT_MS = 500;

/**
 * Waits until a combobox shows the chosen option's text, or at most SHOWN_WAIT_MS: Fluent's
 * `<fluent-dropdown>` updates its button in a later frame, so a read-back at once found the last
 * one written still empty. Waits only while it does not show it yet; never a fixed wait.
 */
export function shownChoice(box: HTMLElement, text: string): Promise<boolean> {
  const wanted = squeeze(text);
  return pollUntil(() => {
    const value = box instanceof HTMLInputElement ? box.value : (box.textContent ?? "");
    return wanted === "" || squeeze(value).includes(wanted);
  }, SHOWN_WAIT_MS);
}

/**
 * Checks `done` every 16 ms until it holds or `ms` have passed, and answers it: for what a
 * component renders in a later frame (options in a layer, a chosen text). Never a fixed wait.
 */
export function pollUntil(done: () => boolean, ms: number): Promise<boolean> {
  const started = performance.now();
  return new Promise((resolve) => {
    const poll = () => {
      if (done() || performance.now() - started > ms) resolve(done());
      else setTimeout(poll, 16);
    };
    poll();
  });
}

function squeeze(text: string): string {
  return clean(text).toLowerCase();
}
