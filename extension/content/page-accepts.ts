/**
 * Whether the page's own constraints on an input (max, min, step, pattern, maxlength, its type)
 * accept a text, asked before writing it: the text is set without events, the browser's validity
 * read, and the old value put back. `tooLong` is only flagged for a user's edits, so maxlength is
 * compared by hand (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#limiting-user-input-length:-the-maxlength-attribute).
 * A number input that cannot hold the text at all (it sanitises it to "") refuses it too. A step
 * counts only when the page sets one: the default step 1 of a bare number input would refuse 12,5
 * on forms whose servers take decimals.
 */
export function pageAccepts(element: HTMLElement, text: string): boolean {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return true;
  if (element.maxLength >= 0 && text.length > element.maxLength) return false;
  if (!(element instanceof HTMLInputElement)) return true;
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  if (setter === undefined) return true;
  const before = element.value;
  setter.call(element, text);
  const { validity } = element;
  const refused =
    (text !== "" && element.value === "") ||
    validity.rangeOverflow ||
    validity.rangeUnderflow ||
    (validity.stepMismatch && element.hasAttribute("step")) ||
    validity.patternMismatch ||
    validity.typeMismatch ||
    validity.badInput;
  setter.call(element, before);
  return !refused;
}
