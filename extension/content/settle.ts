import { isOverlayHost } from "./highlight";

/** Every change to a document an observer can see: what the page does at all. */
export const EVERY_CHANGE: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  characterData: true,
};

/** How long the page must stay still after the last write before it is read back. */
const QUIET_MS = 120;
/** The longest the read-back waits for a page that keeps changing (an animation, a clock). */
const MAX_SETTLE_MS = 1000;

/**
 * Waits until the page has reacted to what was written, so the read-back sees what the page keeps:
 * a task, which runs after every microtask (React flushes discrete events, Vue's queued update
 * re-renders a `v-model.number` field showing 20 for "20,5") and after the timers the page's
 * handlers set meanwhile (a 0 ms timer that reformats a value), and an animation frame whose
 * callbacks run after those the page asked for (FAST, Fluent's web components, renders in one;
 * a frame that never comes in a background tab is cut off by the timer). See `taskThenFrame`.
 * A page that changed nothing in the document by then has not reacted and is read at once (a
 * plain form: the fill200Ms bench); one that did is waited for until no mutation has come for
 * QUIET_MS, at most MAX_SETTLE_MS. Our own marks live in a closed shadow root and are not the
 * page's reaction.
 */
export async function settle(doc: Document): Promise<void> {
  let reacted = false;
  const watch = new MutationObserver((records) => {
    if (records.some((record) => !isOverlayRecord(record))) reacted = true;
  });
  watch.observe(doc, EVERY_CHANGE);
  await taskThenFrame(doc);
  for (const record of watch.takeRecords()) if (!isOverlayRecord(record)) reacted = true;
  watch.disconnect();
  if (reacted) await quiet(doc);
}

/**
 * A task, then a frame that comes after it, without waiting for a frame more than that needs. The
 * frame is asked for at once, beside the task. When the task comes first (the page's timers have
 * run), the frame is asked for again from it: the same coming frame, whose callbacks now run after
 * any a page's timer asked for (a timer that renders what it decided in a frame). When the frame
 * comes first (after a long fill the browser paints before it runs timers), the task is the last
 * wait: asking for a frame only then cost the next frame, about 10 ms of a 200-field fill, and
 * caught only a page whose 0 ms timer renders in a frame of its own; the worker's late read-back
 * still finds what such a page changes, as not kept.
 */
async function taskThenFrame(doc: Document): Promise<void> {
  let framed = false;
  const frame = nextFrame(doc).then(() => {
    framed = true;
  });
  await nextTask();
  await (framed ? frame : nextFrame(doc));
}

/** A mutation that is only our overlay's host coming or going. */
function isOverlayRecord(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return record.type === "childList" && nodes.length > 0 && nodes.every(isOverlayHost);
}

/** After every microtask the writes queued (Vue's nextTick, React's batched updates). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
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
    observer.observe(doc, EVERY_CHANGE);
    timer = setTimeout(done, QUIET_MS);
    const limit = setTimeout(done, MAX_SETTLE_MS);
  });
}
