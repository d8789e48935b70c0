import type { PickResult } from "../messages";

/**
 * Injected into the page (so it may use nothing from outside itself): outlines the form field under
 * the pointer, and answers the first field the user clicks with what a profile can find it by.
 * Escape, or no click within `timeoutMs`, answers `{ picked: false }`. The click is swallowed, so
 * pointing never changes the form.
 */
export function pickField(timeoutMs: number): Promise<PickResult> {
  const FIELDS = "input, select, textarea";
  const labelOf = (element: Element): string | undefined => {
    const id = element.getAttribute("id");
    const byFor = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    const text = (byFor ?? element.closest("label"))?.textContent ?? element.getAttribute("aria-label");
    return text?.replace(/\s+/g, " ").trim() || undefined;
  };
  const selectorOf = (element: Element): string => {
    if (element.id) return `#${CSS.escape(element.id)}`;
    const name = element.getAttribute("name");
    if (name) return `${element.localName}[name="${CSS.escape(name)}"]`;
    const index = [...document.querySelectorAll(element.localName)].indexOf(element);
    return `${element.localName}:nth-of-type(${index + 1})`;
  };
  return new Promise((resolve) => {
    let hovered: HTMLElement | undefined;
    const outline = (element?: HTMLElement) => {
      if (hovered) hovered.style.outline = "";
      hovered = element;
      if (hovered) hovered.style.outline = "3px dashed #b4005a";
    };
    const over = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(FIELDS) : null;
      outline(target instanceof HTMLElement ? target : undefined);
    };
    const click = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest(FIELDS) : null;
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      const name = target.getAttribute("name") ?? undefined;
      done({
        picked: true,
        selector: selectorOf(target),
        elementId: target.id || undefined,
        name,
        label: labelOf(target),
      });
    };
    const key = (event: KeyboardEvent) => event.key === "Escape" && done({ picked: false });
    const done = (result: PickResult) => {
      outline(undefined);
      clearTimeout(timer);
      document.removeEventListener("mouseover", over, true);
      document.removeEventListener("click", click, true);
      document.removeEventListener("keydown", key, true);
      resolve(JSON.parse(JSON.stringify(result)));
    };
    const timer = setTimeout(() => done({ picked: false }), timeoutMs);
    document.addEventListener("mouseover", over, true);
    document.addEventListener("click", click, true);
    document.addEventListener("keydown", key, true);
  });
}
