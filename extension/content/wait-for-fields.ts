/** Re-checking on every mutation of a busy page would cost more than it saves. */
const SETTLE_MS = 40;

/**
 * Resolves once `isDone()` holds or `timeoutMs` has passed, re-checking whenever the document
 * changes (fields rendered late by a framework or a slow list form).
 */
export function waitForFields(doc: Document, timeoutMs: number, isDone: () => boolean): Promise<void> {
  if (isDone() || timeoutMs <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    let pending: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(pending);
      resolve();
    };
    const check = () => {
      pending = undefined;
      if (isDone()) finish();
    };
    const observer = new MutationObserver(() => {
      pending ??= setTimeout(check, SETTLE_MS);
    });
    const timer = setTimeout(() => {
      check();
      finish();
    }, timeoutMs);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
  });
}
