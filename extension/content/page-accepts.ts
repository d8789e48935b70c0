import { pageRefusal } from "./page-refusal";

/** Whether the page's own constraints on an input accept a text (see `pageRefusal`, which names the one that does not). */
export function pageAccepts(element: HTMLElement, text: string): boolean {
  return pageRefusal(element, text) === undefined;
}
