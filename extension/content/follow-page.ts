import { EVERY_CHANGE } from "./settle";

/**
 * What the page did after a fill: when it last changed (Date.now() ms), and what the user typed
 * into since (the target of a trusted `input`, inside an open shadow root too).
 */
export interface PageActivity {
  last: number;
  typed?: Set<EventTarget>;
}

/**
 * Watches the page from the moment a fill is done, for the late read-back (verify-fill.ts): any
 * mutation is the page still at work (our marks live in a closed shadow root, unseen here, and
 * their host comes once with the fill). A trusted `input` is the user's own typing (our writes'
 * events never are): what they typed into is theirs, never put back. Stops by itself after `stopMs`.
 */
export function watchActivity(doc: Document, stopMs: number): PageActivity {
  const activity = { last: Date.now(), typed: new Set<EventTarget>() };
  const observer = new MutationObserver(() => {
    activity.last = Date.now();
  });
  const input = (event: Event) => {
    if (event.isTrusted) activity.typed.add(event.composedPath()[0] as EventTarget);
  };
  observer.observe(doc, EVERY_CHANGE);
  doc.addEventListener("input", input, true);
  setTimeout(() => {
    observer.disconnect();
    doc.removeEventListener("input", input, true);
  }, stopMs);
  return activity;
}

/**
 * Whether the page says it is still at work: `aria-busy`, or a live region whose text matches
 * `busy` (the worker's words: "Ulagrede endringer", "Lagrer …": a debounced save still to come).
 */
export function isBusy(doc: Document, busy: string): boolean {
  const words = new RegExp(busy, "i");
  return [...doc.querySelectorAll("[aria-busy=true],[role=status],[role=alert],[aria-live]")].some(
    (region) => region.getAttribute("aria-busy") === "true" || words.test(region.textContent ?? ""),
  );
}
