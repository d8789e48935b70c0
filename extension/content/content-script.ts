import { CONTENT_GLOBAL, type ContentApi, type ContentRequest, type FrameResult } from "./content-api";
import { clearHighlights } from "./highlight";
import { runRequest } from "./run-request";

/**
 * Runs requests one after another (a second click must not interleave its writes with the first)
 * and turns an unexpected failure into an answer, so the service worker always hears from a frame.
 */
function createContentApi(doc: Document): ContentApi {
  let queue: Promise<unknown> = Promise.resolve();
  const run = (request: ContentRequest): Promise<FrameResult> => {
    const next = queue
      .then(() => runRequest(doc, request))
      .catch((error: unknown) => failed(doc, request, error));
    queue = next;
    return next;
  };
  return { run, clearHighlights };
}

function failed(doc: Document, request: ContentRequest, error: unknown): FrameResult {
  console.error("hso content script:", error);
  const ids = Array.isArray(request?.figures) ? request.figures.map((figure) => String(figure?.id)) : [];
  return { frameUrl: doc.URL, filled: [], missing: ids, mismatched: [], matched: [], error: String(error) };
}

// The service worker injects this file into every frame each time the user fills; the first
// installation stays, so highlights made by an earlier run can still be cleared.
const scope = globalThis as typeof globalThis & { [CONTENT_GLOBAL]?: ContentApi };
scope[CONTENT_GLOBAL] ??= createContentApi(document);
