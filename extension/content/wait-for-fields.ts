import { allElements } from "./collect-controls";

/** The page counts as settled once nothing has changed for this long. */
export const QUIET_MS = 150;
/** A page that finished loading this recently may still render fields from its scripts. */
const LOAD_GRACE_MS = 1500;

/**
 * Resolves once `isDone()` holds, or the page has been quiet (no mutation, in the document or
 * any open shadow root) for QUIET_MS and finished loading more than LOAD_GRACE_MS ago, or
 * `timeoutMs` has passed. A page that is not changing costs one quiet period, never a fixed wait.
 */
export function waitForFields(doc: Document, timeoutMs: number, isDone: () => boolean): Promise<void> {
  if (isDone() || timeoutMs <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    let lastChange = performance.now();
    let checkPending = false;
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      checkPending = true;
    });
    const options = { childList: true, subtree: true, attributes: true, characterData: true };
    observer.observe(doc, options);
    for (const host of allElements(doc, "*")) if (host.shadowRoot) observer.observe(host.shadowRoot, options);
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      if (checkPending) {
        checkPending = false;
        if (isDone()) return finish();
      }
      const quiet = now - lastChange >= QUIET_MS && sinceLoad(doc) >= LOAD_GRACE_MS;
      if (quiet || now - started >= timeoutMs) return finish();
      timer = setTimeout(tick, 40);
    };
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    let timer = setTimeout(tick, 40);
  });
}

/** Milliseconds since the document finished loading (0 while it is still loading). */
function sinceLoad(doc: Document): number {
  if (doc.readyState !== "complete") return 0;
  const view = doc.defaultView;
  const entry = view?.performance.getEntriesByType("navigation")[0] as
    | PerformanceNavigationTiming
    | undefined;
  if (entry === undefined || entry.loadEventEnd === 0) return Number.POSITIVE_INFINITY;
  return (view?.performance.now() ?? 0) - entry.loadEventEnd;
}
