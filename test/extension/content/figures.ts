import { catalogueNames } from "../../../extension/background/catalogue-names";
import { withTexts } from "../../../extension/background/figure-texts";
import { frameResultOf } from "../../../extension/background/frame-lists";
import { measureWords } from "../../../extension/background/measure-words";
import { withFields } from "../../../extension/background/request-fields";
import type { ContentRequest, FigureToFill, FrameResult } from "../../../extension/content/content-api";
import { runRequest } from "../../../extension/content/run-request";
import { formWords } from "../../../extension/i18n/form-words";
import { findField } from "../../../shared/templates/catalogue";

/** A figure for a catalogue field, with the catalogue's kind and labels (as the service worker sends it). */
export function figure(id: string, value: number | string): FigureToFill {
  const field = findField(id);
  if (field === undefined) throw new Error(`unknown field ${id}`);
  // With the texts the worker writes for a number at sending (background/figure-texts.ts).
  return withTexts({ id, value, kind: field.kind, labels: field.label });
}

/** A fill request for figures given as id → value, with no wait unless asked. */
export function request(
  values: Record<string, number | string>,
  extra: Partial<ContentRequest> = {},
): ContentRequest {
  const figures = Object.entries(values).map(([id, value]) => figure(id, value));
  // The fields' words are the worker's to compute (background/request-fields.ts), as it does for each request.
  return withFields({
    mode: "fill",
    figures,
    waitMs: 0,
    catalogue: catalogueNames(),
    measures: measureWords(),
    words: formWords(),
    ...extra,
  });
}

/**
 * Runs a request in the document and reads the frame's answer as the worker does (run-in-tab.ts):
 * checked, with the lists derived from its reports (background/frame-lists.ts).
 */
export async function runFrame(doc: Document, sent: ContentRequest): Promise<FrameResult> {
  return frameResultOf(await runRequest(doc, sent), doc.URL, sent.figures);
}

/** Replaces the test document's body. */
export function page(html: string, lang = "nb"): Document {
  document.documentElement.lang = lang;
  document.body.innerHTML = html;
  return document;
}

/** The input with this id, failing the test when it is not there. */
export function input(id: string): HTMLInputElement {
  const element = document.getElementById(id);
  if (!(element instanceof HTMLInputElement)) throw new Error(`no input #${id}`);
  return element;
}
