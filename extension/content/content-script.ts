import {
  CONTENT_API_VERSION,
  CONTENT_SYMBOL,
  type ContentApi,
  type ContentRequest,
  type FrameResult,
} from "./content-api";
import { clearHighlights } from "./highlight";
import { runRequest } from "./run-request";

/**
 * Runs requests one after another (a second click must not interleave its writes with the first)
 * and turns an unexpected failure into an answer, so the service worker always hears from a frame.
 */
function createContentApi(doc: Document): ContentApi {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T> | T, onError: (error: unknown) => T): Promise<T> => {
    const next = queue.then(work).catch((error: unknown) => onError(error));
    queue = next;
    return next;
  };
  const run = (request: ContentRequest): Promise<FrameResult> =>
    serial(
      () => runRequest(doc, request),
      (error) => failed(doc, request, error),
    );
  const notYet = (what: string) => () => Promise.reject(new Error(`${what}: not in this build yet`));
  return {
    run,
    undo: notYet("undo"),
    identity: () => {
      throw new Error("identity: not in this build yet");
    },
    testProfile: () => {
      throw new Error("testProfile: not in this build yet");
    },
    pick: notYet("pick"),
    clearHighlights,
    version: CONTENT_API_VERSION,
  };
}

function failed(doc: Document, request: ContentRequest, error: unknown): FrameResult {
  console.error("hso content script:", error);
  const ids = Array.isArray(request?.figures) ? request.figures.map((figure) => String(figure?.id)) : [];
  return { frameUrl: doc.URL, filled: [], missing: ids, mismatched: [], matched: [], error: String(error) };
}

/** Whether a value is an installed engine of this version (not a page element or a stale one). */
function isContentApi(value: unknown): value is ContentApi {
  const api = value as Partial<ContentApi> | null;
  return (
    typeof api === "object" &&
    api !== null &&
    typeof api.run === "function" &&
    api.version === CONTENT_API_VERSION
  );
}

// The service worker injects this file into every frame each time the user fills; the first
// installation stays, so highlights and undo snapshots made by an earlier run stay reachable. A
// Symbol key cannot be clobbered by a page element's id or name (window.hsoContent could).
const key = Symbol.for(CONTENT_SYMBOL);
const scope = globalThis as unknown as Record<symbol, unknown>;
if (!isContentApi(scope[key])) {
  Object.defineProperty(scope, key, { value: createContentApi(document), configurable: true });
}
