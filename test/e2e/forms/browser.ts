import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type Browser, chromium, type Frame, type Page } from "playwright-core";
import { catalogueNames } from "../../../extension/background/catalogue-names";
import { frameResultOf } from "../../../extension/background/frame-lists";
import { measureWords } from "../../../extension/background/measure-words";
import { type MergedFrames, mergeFrames } from "../../../extension/background/merge-frames";
import { withFields } from "../../../extension/background/request-fields";
import { scriptsFor, scriptsForCall } from "../../../extension/background/request-scripts";
import type { ContentRequest, FigureToFill, FrameResult } from "../../../extension/content/content-api";
import { findFillField } from "../../../extension/fill-fields";
import { formWords } from "../../../extension/i18n/form-words";
import { CHROMIUM_ARGS } from "../../../scripts/try-form/extension-session.js";

/** The built extension (run `vite build` first; `npm test` does). */
export const EXTENSION_DIR = resolve(import.meta.dirname, "../../../dist/extension");
export const CONTENT_SCRIPT_PATH = resolve(EXTENSION_DIR, "content.js");

/** Debian's Chromium, headless, without the extension (for driving the content script directly). */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CONTENT_SCRIPT_PATH))
    throw new Error(`${CONTENT_SCRIPT_PATH} is missing: run vite build first`);
  return chromium.launch({
    executablePath: process.env.HSO_BROWSER ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** A figure for a catalogue field or a measure's comment (`note.<id>`), as the service worker sends it. */
export function figure(id: string, value: number | string): FigureToFill {
  const field = findFillField(id);
  if (field === undefined) throw new Error(`unknown field ${id}`);
  const { shown: _shown, ...names } = field;
  return { ...names, value };
}

/**
 * A request for figures given as id → value, as the worker builds it before sending: the fields'
 * words and the figures' choices are added once, at sending (callContent), as the worker does.
 */
export function contentRequest(
  values: Record<string, number | string>,
  extra: Partial<ContentRequest> = {},
): ContentRequest {
  return {
    fields: [],
    mode: "fill",
    waitMs: 0,
    figures: Object.entries(values).map(([id, value]) => figure(id, value)),
    catalogue: catalogueNames(),
    measures: measureWords(),
    words: formWords(),
    ...extra,
  };
}

/** Injects the built content script into a frame and runs one request there, as the worker does. */
export async function runInFrame(frame: Frame, request: ContentRequest): Promise<FrameResult> {
  return callContent(frame, "run", request) as Promise<FrameResult>;
}

/**
 * Injects the content script (once more: the first installation stays) and calls one of its
 * functions; the page's identity, pointing and the profile test are in profile-tools.js, injected
 * for them as the worker does. A run's answer is read as the worker reads it (run-in-tab.ts):
 * checked and its lists derived from its reports (background/frame-lists.ts).
 */
export async function callContent(frame: Frame, method: string, argument?: unknown): Promise<unknown> {
  // As the worker does at sending: the fields' words from the request's figures (a test may have
  // changed them after contentRequest), and the scripts the worker injects for the call, in its
  // order (background/request-scripts.ts).
  const sent = method === "run" ? withFields(argument as ContentRequest) : argument;
  const { files, symbol } =
    method === "run"
      ? { files: scriptsFor(argument as ContentRequest), symbol: "hso.content" }
      : scriptsForCall(method);
  for (const file of files) await inject(frame, resolve(EXTENSION_DIR, file));
  const answer = await frame.evaluate(
    ([name, sent, symbol]) => {
      const api = (globalThis as unknown as Record<symbol, Record<string, (a: unknown) => unknown>>)[
        Symbol.for(symbol)
      ];
      return api?.[name as string]?.(sent);
    },
    [method, sent, symbol] as const,
  );
  return method === "run" ? frameResultOf(answer, frame.url(), (sent as ContentRequest).figures) : answer;
}

/**
 * Runs a built script in the page and removes its tag: the worker's executeScript leaves no
 * <script> in the page, and undo reads a page without scripts as one whose DOM is all its state.
 */
async function inject(frame: Frame, path: string): Promise<void> {
  const tag = await frame.addScriptTag({ path });
  await tag.evaluate((element) => (element as Element).remove());
}

/** Runs a request in every frame of a page at once and merges the answers as the service worker does. */
export async function runInAllFrames(page: Page, request: ContentRequest): Promise<MergedFrames> {
  return mergeFrames(await Promise.all(page.frames().map((frame) => runInFrame(frame, request))));
}
