import browser from "webextension-polyfill";
import type { ReachedFrame } from "./probe-frames";
import { scriptsForCall } from "./request-scripts";

/** The engine's functions the worker calls besides `run` (content-api.ts: ContentApi). */
export type ContentMethod =
  | "undo"
  | "identity"
  | "testProfile"
  | "pick"
  | "kept"
  | "putBack"
  | "invalidSelectors";

/**
 * Runs in the frame (serialized: it may use nothing from outside itself): calls one of the
 * engine's functions, after checking the frame is still of the expected origin. Any failure is an
 * answer `{ error }`, so the worker never reads silence as "nothing there".
 */
async function callInFrame(method: string, arg: unknown, origin: string, symbol: string): Promise<unknown> {
  // The document's origin, as the probe read it: a srcdoc frame's is its page's (probe-frames.ts).
  if (self.origin !== origin) return { error: "frame_moved" };
  const api = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(symbol)] as
    | Record<string, unknown>
    | undefined;
  const fn = api?.[method];
  if (typeof fn !== "function") return { error: "engine_missing" };
  try {
    return await (fn as (arg: unknown) => unknown).call(api, arg);
  } catch (error) {
    return { error: String(error) };
  }
}

/** One frame's answer to a call, or its error. */
export interface CallAnswer {
  frameId: number;
  result?: unknown;
  error?: string;
}

/**
 * Calls an engine function in the given frames (the engine is injected first, as for a fill).
 * Answers are outside data: each caller checks their shape before using them.
 */
export async function callContent(
  tabId: number,
  frames: readonly ReachedFrame[],
  method: ContentMethod,
  arg: unknown,
): Promise<CallAnswer[]> {
  if (frames.length === 0) return [];
  const origin = frames[0]?.origin ?? "";
  const target = { tabId, frameIds: frames.map((frame) => frame.frameId) };
  // The page's identity, pointing and the profile test live in a script of their own
  // (content/profile-tools.ts), so the content script every run injects stays small.
  const { files, symbol } = scriptsForCall(method);
  await browser.scripting.executeScript({ target, files });
  const answers = await browser.scripting.executeScript({
    target,
    func: callInFrame,
    args: [method, arg, origin, symbol],
  });
  return answers.map((answer) => {
    const result = answer.result as { error?: unknown } | undefined;
    const frameId = answer.frameId ?? 0;
    return typeof result?.error === "string" ? { frameId, error: result.error } : { frameId, result };
  });
}
