/** What the page did after a fill: when it last changed (Date.now() ms). */
export interface PageActivity {
  last: number;
}

/**
 * Watches the page from the moment a fill is done, for the late read-back (verify-fill.ts): any
 * mutation is the page still at work (our marks live in a closed shadow root, unseen here, and
 * their host comes once with the fill). Stops by itself after `stopMs`.
 */
export function watchActivity(doc: Document, stopMs: number): PageActivity {
  const activity = { last: Date.now() };
  const observer = new MutationObserver(() => {
    activity.last = Date.now();
  });
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  setTimeout(() => observer.disconnect(), stopMs);
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
