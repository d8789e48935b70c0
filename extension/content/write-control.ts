import { comboboxOptions, pollUntil, shownChoice } from "./combobox-options";
import { clean } from "./control-context";
import type { PageControl } from "./page-control";
import { nextTask } from "./settle";
import { wordsInUse } from "./words";

/**
 * Puts text into a control so that the page's own code registers it as typed: a key going down,
 * the prototype's native value setter (React tracks the instance setter and would drop a plain
 * assignment), `input`, the key coming up, then `change`, `blur` and `focusout` (Fluent's
 * SpinButton and DatePicker commit on blur). Old forms copy a box into their model on `keyup`
 * (knockout's `valueUpdate: 'keyup'` / `'afterkeydown'` register exactly those events:
 * knockout/knockout src/binding/defaultBindings/value.js; jQuery plug-ins likewise). The key
 * names no key (`key` "", keyCode 0) and no `keypress` follows, as on a phone's keyboard
 * (https://therealmofcode.com/posts/2014/03/where-is-keypress-event-chrome-android.html), so no
 * page inserts a character of its own for it; never Enter, which could submit.
 */
export function typeInto(element: HTMLElement, text: string): void {
  element.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, composed: true }));
  setValue(element, text);
  element.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
  element.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true, composed: true }));
  element.dispatchEvent(new Event("change", { bubbles: true }));
  element.dispatchEvent(new FocusEvent("blur"));
  element.dispatchEvent(new FocusEvent("focusout", { bubbles: true, composed: true }));
}

/**
 * The `value` setter of the element's prototype (an input's, a select's, a text area's; none for
 * a `<div>`): React tracks the instance's setter and would drop a plain assignment.
 */
export function nativeValueSetter(element: HTMLElement): ((value: string) => void) | undefined {
  return Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, "value")?.set;
}

/** Sets a control's value through its prototype's setter, else by plain assignment. */
function setValue(element: HTMLElement, text: string): void {
  const setter = nativeValueSetter(element);
  if (setter === undefined) (element as HTMLInputElement).value = text;
  else setter.call(element, text);
}

/** Ticks or unticks a checkbox by clicking it, as a user would (frameworks listen for the click). */
export function setChecked(box: HTMLInputElement, checked: boolean): void {
  if (box.checked !== checked) box.click();
}

/** Chooses a select's option by value, with the events a user's choice fires. */
export function selectValue(select: HTMLSelectElement, value: string): void {
  setValue(select, value);
  select.dispatchEvent(new Event("input", { bubbles: true }));
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

/** How long a combobox may take to show its options after it is opened (Fluent renders them in a layer). */
const OPTIONS_WAIT_MS = 1500;

/**
 * Chooses in an ARIA combobox (Fluent's Dropdown): opens it with a click, waits until its options
 * render (in a layer at the end of the page, or the listbox it `aria-controls`), clicks the one
 * `pick` chooses; closes it again (Escape) when none fits. Answers whether an option was clicked.
 */
export async function chooseInCombobox(
  control: PageControl,
  pick: (texts: string[]) => number,
): Promise<boolean> {
  const box = control.element;
  box.click();
  const options = await waitForOptions(box);
  const index = pick(options.map((option) => clean(option.textContent ?? "")));
  const option = options[index];
  if (option === undefined) {
    box.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    if (box.getAttribute("aria-expanded") === "true") box.click();
    return false;
  }
  (option as HTMLElement).click();
  await nextTask();
  await shownChoice(box, option.textContent ?? "");
  return true;
}

async function waitForOptions(box: HTMLElement): Promise<Element[]> {
  await pollUntil(() => comboboxOptions(box).length > 0, OPTIONS_WAIT_MS);
  return comboboxOptions(box);
}

/** How a figure's text reads as a checkbox state ("1", "ja", "true", "yes" tick it: the request's words). */
export function isYes(text: string): boolean {
  return wordsInUse().yes.test(text.trim());
}
