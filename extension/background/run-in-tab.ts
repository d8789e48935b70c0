import browser from "webextension-polyfill";
import type { ContentRequest, FrameResult } from "../content/content-api";
import { WorkerError } from "./worker-error";

/**
 * Runs in each frame (serialized by the browser, so it may use nothing from outside itself; the
 * key is content-api.ts's CONTENT_SYMBOL). A frame where the engine did not install answers an
 * error, never an empty result that would read as "nothing to fill".
 */
function runContent(request: ContentRequest): Promise<FrameResult> | FrameResult {
  const api = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for("hso.content")] as
    | { run?: unknown }
    | undefined;
  if (typeof api?.run !== "function") {
    const missing = request.figures.map((figure) => figure.id);
    return {
      frameUrl: location.href,
      filled: [],
      missing,
      mismatched: [],
      matched: [],
      error: "engine_missing",
    };
  }
  return (api.run as (request: ContentRequest) => Promise<FrameResult>)(request);
}

function isFrameResult(value: unknown): value is FrameResult {
  if (typeof value !== "object" || value === null) return false;
  const result = value as Record<string, unknown>;
  return ["filled", "missing", "mismatched", "matched"].every((key) => Array.isArray(result[key]));
}

/**
 * Injects the content script into every frame of a tab and runs one request in each
 * (content-api.ts). Frames the extension may not touch are skipped by the browser; frames that
 * answered nothing usable are left out. No access to the page at all is `no_access`.
 */
export async function runInTab(tabId: number, request: ContentRequest): Promise<FrameResult[]> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ["content.js"] });
    const injections = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: runContent,
      args: [request],
    });
    return injections.map((injection) => injection.result).filter(isFrameResult);
  } catch (error) {
    throw new WorkerError("no_access", error instanceof Error ? error.message : String(error));
  }
}
