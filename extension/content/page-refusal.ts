import type { PageConstraint } from "./content-api";
import { nativeValueSetter } from "./write-control";

/**
 * Which of the page's own constraints on an input (its maxlength, its type, max, min, step,
 * pattern) rejects a text, asked before writing it; undefined when the page accepts it. The text
 * is set without events, the browser's validity read, and the old value put back. `tooLong` is
 * only flagged for a user's edits, so maxlength is compared by hand
 * (https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#limiting-user-input-length:-the-maxlength-attribute).
 * A number input that cannot hold the text at all (it sanitises it to "") refuses it by its type.
 * A number input without a `step` has the default step 1: "the default step is 1" and "if the
 * attribute is absent, then the allowed value step is the default step" (HTML,
 * https://html.spec.whatwg.org/multipage/input.html#number-state-(type=number) and
 * https://html.spec.whatwg.org/multipage/input.html#the-step-attribute), so 5.5 there is a step
 * mismatch that keeps the user's browser from submitting the form; only `step="any"` takes any
 * decimal. Chromium's `validity.stepMismatch` applies that default.
 */
export function pageRefusal(element: HTMLElement, text: string): PageConstraint | undefined {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return undefined;
  if (element.maxLength >= 0 && text.length > element.maxLength) return "maxlength";
  if (!(element instanceof HTMLInputElement)) return undefined;
  if (acceptsAnyLine(element, text)) return undefined;
  const setter = nativeValueSetter(element);
  if (setter === undefined) return undefined;
  const before = element.value;
  setter.call(element, text);
  const refusal = validityRefusal(element, text);
  setter.call(element, before);
  return refusal;
}

/**
 * A plain text input without a pattern takes any one line as it is: its value sanitization only
 * strips line breaks, and no type, range, step or pattern check applies to it
 * (https://html.spec.whatwg.org/multipage/input.html#text-(type=text)-state-and-search-state-(type=search)).
 * Setting its value twice to find that out cost two value writes per field of a fill.
 */
function acceptsAnyLine(element: HTMLInputElement, text: string): boolean {
  return element.type === "text" && !element.hasAttribute("pattern") && !/[\r\n]/.test(text);
}

function validityRefusal(element: HTMLInputElement, text: string): PageConstraint | undefined {
  const { validity } = element;
  if ((text !== "" && element.value === "") || validity.typeMismatch || validity.badInput) return "type";
  if (validity.rangeOverflow) return "max";
  if (validity.rangeUnderflow) return "min";
  if (validity.stepMismatch) return "step";
  if (validity.patternMismatch) return "pattern";
  return undefined;
}
