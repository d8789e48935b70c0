let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs storage read-modify-write steps one at a time: storage has no transactions, so two pages
 * importing (or saving profiles) at once would otherwise lose each other's writes. A step that
 * fails does not stop the ones after it. Steps must not call `serialize` themselves.
 */
export function serialize<T>(step: () => Promise<T>): Promise<T> {
  const run = tail.then(step, step);
  tail = run.catch(() => undefined);
  return run;
}
