import { allElements } from "./collect-controls";
import { EVERY_CHANGE } from "./settle";

/** The page counts as settled once nothing has changed for this long. */
export const QUIET_MS = 150;
/** A page that finished loading this recently may still render fields from its scripts. */
const LOAD_GRACE_MS = 1500;

/**
 * Resolves once `isDone()` holds, or the page has been quiet (no mutation, in the document or
 * any open shadow root) for QUIET_MS, finished loading more than LOAD_GRACE_MS ago and shows no
 * spinner, or `timeoutMs` has passed. A page that is not changing costs one quiet period, never a
 * fixed wait.
 */
export function waitForFields(doc: Document, timeoutMs: number, isDone: () => boolean): Promise<void> {
  if ((isDone() && !showsSpinner(doc)) || timeoutMs <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    let lastChange = performance.now();
    let checkPending = false;
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      checkPending = true;
    });
    observer.observe(doc, EVERY_CHANGE);
    for (const host of allElements(doc, "*"))
      if (host.shadowRoot) observer.observe(host.shadowRoot, EVERY_CHANGE);
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      if (checkPending) {
        checkPending = false;
        if (isDone() && !showsSpinner(doc)) return finish();
      }
      const quiet = now - lastChange >= QUIET_MS && sinceLoad(doc) >= LOAD_GRACE_MS && !showsSpinner(doc);
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

/**
 * Whether the page shows that it is still fetching: a spinner (an indeterminate progress bar, no
 * `aria-valuenow`: https://www.w3.org/TR/wai-aria-1.2/#progressbar) or a region `aria-busy`. Its
 * form may change yet (adversary-4 B16: last year's boxes came first under "Til sammenligning",
 * its year 1,5 s later with this year's section); a progress bar with a value is a wizard's step.
 */
function showsSpinner(doc: Document): boolean {
  return [
    ...doc.querySelectorAll("[role=progressbar]:not([aria-valuenow]),progress:not([value]),[aria-busy=true]"),
  ].some((spinner) => spinner.getClientRects().length > 0);
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
