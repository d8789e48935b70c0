import browser from "webextension-polyfill";
import type { ContentRequest, FrameReports, FrameResult } from "../content/content-api";
import { frameResultOf } from "./frame-lists";
import type { ReachedFrame } from "./probe-frames";
import { scriptsFor } from "./request-scripts";
import { WorkerError } from "./worker-error";

/**
 * Runs in each frame (serialized by the browser, so it may use nothing from outside itself). The
 * frame checks its own origin first: between the probe and this call a frame may have navigated
 * elsewhere under the same frame id, and then it must not be filled. A frame where the engine did
 * not install answers an error, never an empty result that would read as "nothing to fill" (the
 * worker reports every figure of such a frame missing: frame-lists.ts).
 */
function runContent(request: ContentRequest, origin: string): Promise<FrameReports> | FrameReports {
  const empty = { frameUrl: location.href, figures: [] };
  // The document's origin, as the probe read it: a srcdoc frame's is its page's (probe-frames.ts).
  if (self.origin !== origin) return { ...empty, error: "frame_moved" };
  // content-api.ts's CONTENT_SYMBOL: a page element id="hsoContent" cannot clobber a Symbol key.
  const api = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("hso.content")] as
    | { run?: unknown }
    | undefined;
  if (typeof api?.run !== "function") return { ...empty, error: "engine_missing" };
  return (api.run as (request: ContentRequest) => Promise<FrameReports>)(request);
}

/** One frame's answer, with the lists derived from its reports (frame-lists.ts) and the frame it came from. */
export type FrameAnswer = FrameResult & { frameId: number };

/**
 * Injects the content script into the chosen frames of a tab (probe-frames.ts) and runs one
 * request in each (content-api.ts), each frame checking it is still of the expected origin.
 * Each frame answers its figures' reports; the lists every step after this reads (filled,
 * missing …) are derived from them here, at once (frame-lists.ts). A frame that answered nothing
 * usable is an error, not an empty result. No access to the page at all is `no_access`.
 */
export async function runInTab(
  tabId: number,
  frames: readonly ReachedFrame[],
  request: ContentRequest,
): Promise<FrameAnswer[]> {
  if (frames.length === 0) return [];
  const origin = frames[0]?.origin ?? "";
  const target = { tabId, frameIds: frames.map((frame) => frame.frameId) };
  try {
    await browser.scripting.executeScript({ target, files: scriptsFor(request) });
    const injections = await browser.scripting.executeScript({
      target,
      func: runContent,
      args: [request, origin],
    });
    return injections.map((injection) => {
      const frameId = injection.frameId ?? 0;
      const frameUrl = frames.find((frame) => frame.frameId === frameId)?.url ?? "";
      return { ...frameResultOf(injection.result, frameUrl, request.figures), frameId };
    });
  } catch (error) {
    throw new WorkerError("no_access", error instanceof Error ? error.message : String(error));
  }
}
