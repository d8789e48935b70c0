/** How long the page must stay still after the last write before it is read back. */
const QUIET_MS = 120;
/** The longest the read-back waits for a page that keeps changing (an animation, a clock). */
const MAX_SETTLE_MS = 1000;

/**
 * Waits until the page has reacted to what was written, so the read-back sees what the page keeps:
 * a microtask (React flushes discrete events, Vue queues its update), two animation frames (Vue's
 * re-render of a `v-model.number` field showing 20 for "20,5"; a frame that never comes in a
 * background tab is cut off by the timer), then until no mutation has come for QUIET_MS, at most
 * MAX_SETTLE_MS. No fixed long wait: a page that is still returns after about QUIET_MS.
 */
export async function settle(doc: Document): Promise<void> {
  await Promise.resolve();
  await nextFrame(doc);
  await nextFrame(doc);
  await Promise.resolve();
  await quiet(doc);
}

function nextFrame(doc: Document): Promise<void> {
  const view = doc.defaultView;
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    view?.requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function quiet(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      observer.disconnect();
      clearTimeout(limit);
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, QUIET_MS);
    });
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    timer = setTimeout(done, QUIET_MS);
    const limit = setTimeout(done, MAX_SETTLE_MS);
  });
}
