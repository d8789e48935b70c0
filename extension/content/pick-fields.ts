import { assignFields } from "./assign-fields";
import { buildLocators } from "./build-locators";
import { collectControls } from "./collect-controls";
import type { FigureToFill, PickAnswer, PickedField, PickRequest } from "./content-api";
import { type ControlFacts, describeControls } from "./control-facts";
import { fieldWords } from "./field-words";
import { clearHighlights, highlight } from "./highlight";

/**
 * Lets the user point at fields: listens on `window` in the capture phase (before any of the
 * page's listeners), takes only the user's own events (`isTrusted`: a page calling
 * `decoy.click()` picks nothing), reaches into open shadow roots through the event's composed
 * path, swallows the click so pointing never changes the form, and answers each picked field with
 * its locators and the catalogue field its label suggests. Escape or the timeout ends it.
 */
export function pickFields(doc: Document, request: PickRequest): Promise<PickAnswer> {
  const view = doc.defaultView as Window;
  const picked: PickedField[] = [];
  return new Promise((resolve) => {
    const controlAt = (event: Event): ControlFacts | undefined => {
      if (!event.isTrusted) return undefined;
      const path = event.composedPath().filter((node): node is Element => node instanceof Element);
      const controls = describeControls(doc, collectControls(doc));
      return controls.find(
        (facts) =>
          path.includes(facts.control.element) ||
          path.some((node) => facts.control.radios?.includes(node as HTMLInputElement)),
      );
    };
    const over = (event: Event) => {
      const facts = controlAt(event);
      if (facts) highlight(facts.control.element, "planned");
    };
    const click = (event: Event) => {
      const facts = controlAt(event);
      if (facts === undefined) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      picked.push(describePick(facts, request.figures));
      highlight(facts.control.element, "filled");
      if (!request.multiple) done();
    };
    const key = (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === "Escape") done();
    };
    const done = () => {
      clearTimeout(timer);
      view.removeEventListener("mouseover", over, true);
      view.removeEventListener("click", click, true);
      view.removeEventListener("keydown", key, true);
      clearHighlights();
      resolve({ picked });
    };
    const timer = setTimeout(done, Math.max(0, Math.min(request.timeoutMs, 600_000)));
    view.addEventListener("mouseover", over, true);
    view.addEventListener("click", click, true);
    view.addEventListener("keydown", key, true);
  });
}

/** A picked control as a profile field: its locators, label, section and the figure its words suggest. */
export function describePick(facts: ControlFacts, figures?: PickRequest["figures"]): PickedField {
  const wanted = (figures ?? []).map((figure) => ({ ...figure, value: "" }) as FigureToFill);
  const fields = fieldWords(wanted).map((field) => ({
    ...field,
    wanted: figures === undefined || field.wanted,
  }));
  const found = assignFields(fields, [facts], () => true).find((assignment) => assignment.status === "found");
  return {
    locators: buildLocators(facts),
    label: facts.name,
    section: facts.section,
    ...(found ? { suggested: found.id } : {}),
  };
}
