import type { ContentRequest, FrameResult } from "./content-api";
import { fillFields } from "./fill-fields";
import { fillOrder } from "./fill-order";
import type { FormControl } from "./form-control";
import { emptyResult, recordMissing, recordReadBack } from "./frame-outcome";
import { locateFields } from "./locate-fields";
import { type PlannedField, planField } from "./plan-field";
import { waitForFields } from "./wait-for-fields";

/** No request may hold a frame longer than this, whatever it asks for. */
const MAX_WAIT_MS = 10_000;

/**
 * Does one request in one document: finds the fields (waiting a bounded time for late ones), then
 * fills and reads them back, or in check mode only compares. Fields this frame does not have are
 * reported missing; the service worker merges the answers of all frames.
 */
export async function runRequest(doc: Document, request: ContentRequest): Promise<FrameResult> {
  const result = emptyResult(doc);
  const located = await locateWithWait(doc, request);
  const fields: PlannedField[] = [];
  for (const figure of fillOrder(request.figures, request.profile)) {
    const control = located.get(figure.id);
    if (control === undefined) recordMissing(result, figure.id, "not_found");
    else fields.push(planField(figure, control, request.profile));
  }
  if (request.mode === "fill") await fillFields(fields, result);
  else for (const field of fields) recordReadBack(result, field, "matched");
  return result;
}

async function locateWithWait(doc: Document, request: ContentRequest): Promise<Map<string, FormControl>> {
  let located = new Map<string, FormControl>();
  const wanted = new Set(request.figures.map((figure) => figure.id)).size;
  const allFound = () => {
    located = locateFields(doc, request);
    return located.size >= wanted;
  };
  const waitMs = Number.isFinite(request.waitMs) ? Math.min(MAX_WAIT_MS, Math.max(0, request.waitMs)) : 0;
  await waitForFields(doc, waitMs, allFound);
  return located;
}
