import { controlLabels, type LabelText } from "./control-labels";
import { CONTROL_SELECTOR, type FormControl } from "./form-control";

/** A control and the texts that name it, in document order. */
export interface LabelledControl {
  control: FormControl;
  labels: LabelText[];
  position: number;
}

/** Every control of a document with its label texts, plus an exact-text lookup. */
export interface LabelIndex {
  controls: LabelledControl[];
  byText: Map<string, LabelledControl[]>;
}

/**
 * Reads every control's labels in one pass over the document, so matching N figures costs one
 * query and N map look-ups instead of N queries (the fill budget is 100 ms for 200 fields).
 */
export function buildLabelIndex(doc: Document): LabelIndex {
  const controls: LabelledControl[] = [];
  const byText = new Map<string, LabelledControl[]>();
  doc.querySelectorAll<FormControl>(CONTROL_SELECTOR).forEach((control, position) => {
    const entry = { control, labels: controlLabels(control), position };
    controls.push(entry);
    for (const label of entry.labels) {
      const list = byText.get(label.text);
      if (list === undefined) byText.set(label.text, [entry]);
      else list.push(entry);
    }
  });
  return { controls, byText };
}
