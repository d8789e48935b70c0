import {
  CONTENT_API_VERSION,
  CONTENT_SYMBOL,
  type ContentApi,
  type FrameReports,
  type UndoRequest,
  type UndoResult,
} from "./content-api";
import { clearHighlights, highlight } from "./highlight";
import { profileTools } from "./plan-locators";
import { runRequest } from "./run-request";
import { activityOf, peekSnapshots, takeSnapshots } from "./undo-store";

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
  return {
    run: (request) =>
      serial(
        () => runRequest(doc, request),
        (error) => failed(doc, error),
      ),
    undo: (request) =>
      serial(
        () => undo(doc, request),
        (error) => ({ frameUrl: doc.URL, restored: [], failed: [String(error)] }),
      ),
    // Not queued: it only reads, and an undo clicked meanwhile must not wait for it. What changed
    // is profile-tools.js's to tell (undo-fill.ts), from this script's snapshots.
    kept: (request) => {
      const undoId = String(request?.undoId);
      const { kept } = profileTools("kept");
      return kept(doc, String(request?.busy), activityOf(undoId), peekSnapshots(undoId));
    },
    // After the late read-back (verify-fill.ts): profile-tools.js marks and puts back (put-back.ts),
    // on this script's snapshots and with its marks.
    putBack: (request) =>
      serial(
        () =>
          profileTools("putBack").putBack(peekSnapshots(String(request?.undoId)) ?? [], request, highlight),
        () => [],
      ),
    clearHighlights,
    version: CONTENT_API_VERSION,
  };
}

/**
 * Undoes one fill: profile-tools.js puts its controls back (undo-fill.ts), from the snapshots this
 * script kept; the marks go too.
 */
async function undo(doc: Document, request: UndoRequest): Promise<UndoResult> {
  // Asked before the snapshots are taken, so an undo without profile-tools.js can be asked again.
  const { undo } = profileTools("undo");
  const snapshots = takeSnapshots(String(request?.undoId));
  if (snapshots === undefined) return { frameUrl: doc.URL, restored: [], failed: [], unknown: true };
  const result = await undo(doc, snapshots);
  clearHighlights();
  return result;
}

/** A failed run's answer: the worker reports every figure of the request missing (frame-lists.ts). */
function failed(doc: Document, error: unknown): FrameReports {
  console.error("hso content script:", error);
  return { frameUrl: doc.URL, figures: [], error: String(error) };
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
