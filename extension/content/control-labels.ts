import type { FormControl } from "./form-control";
import { nearbyText } from "./nearby-text";
import { normalizeLabel } from "./normalize-label";
import { ownText } from "./own-text";

/** One text that may name a control; `explicit` texts come from markup meant to label it. */
export interface LabelText {
  text: string;
  explicit: boolean;
}

/**
 * Every normalized text that names a control: `<label for>` and wrapping labels, `aria-label`,
 * `aria-labelledby`, then the weaker hints placeholder, title and the text just before it.
 */
export function controlLabels(control: FormControl): LabelText[] {
  const texts: LabelText[] = [];
  const add = (raw: string | null | undefined, explicit: boolean) => {
    const text = raw ? normalizeLabel(raw) : "";
    if (text !== "" && !texts.some((known) => known.text === text)) texts.push({ text, explicit });
  };
  for (const label of control.labels ?? []) add(ownText(label), true);
  add(control.getAttribute("aria-label"), true);
  add(labelledByText(control), true);
  add(control.getAttribute("placeholder"), false);
  add(control.getAttribute("title"), false);
  if (texts.length === 0 || texts.every((known) => !known.explicit)) add(nearbyText(control), false);
  return texts;
}

function labelledByText(control: FormControl): string | undefined {
  const ids = control.getAttribute("aria-labelledby")?.trim();
  if (!ids) return undefined;
  const doc = control.ownerDocument;
  return ids
    .split(/\s+/)
    .map((id) => {
      const element = doc.getElementById(id);
      return element === null ? "" : ownText(element);
    })
    .join(" ");
}
