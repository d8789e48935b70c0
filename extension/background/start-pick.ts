import browser from "webextension-polyfill";
import type { PickAnswer } from "../content/content-api";
import { fillFields, findFillField } from "../fill-fields";
import type { RequestOf } from "../messages";
import { locatorSchema } from "../profile/form-profile";
import { markReportYear } from "../profile/report-year";
import { z } from "../zod";
import { callContent } from "./call-content";
import { pageClaim } from "./check-identity";
import type { MessageSender } from "./handlers";
import { probeFrames } from "./probe-frames";
import { tabForPattern } from "./resolve-tab";
import { WorkerError } from "./worker-error";

/** How long the user has to point at fields. */
export const PICK_TIMEOUT_MS = 120_000;

// The answer comes from a web page's DOM (ids, names, label text): checked like any outside data.
const text = z.string().max(2000);
const pickSchema = z.object({
  picked: z
    .array(
      z.object({
        locators: z.array(locatorSchema).min(1).max(8),
        label: text,
        section: text,
        suggested: z.string().max(200).optional(),
      }),
    )
    .max(200),
});

/** The tab's top frame, where pointing happens (a profile names the page, not its frames). */
export async function topFrame(tabId: number) {
  const top = (await probeFrames(tabId)).reached.find((frame) => frame.frameId === 0);
  if (!top) throw new WorkerError("no_access", "top frame");
  return top;
}

/**
 * Lets the user point at fields: brings the form's tab forward and has the engine in its top frame
 * take the user's own clicks only (content/pick-fields.ts: `isTrusted`, capture phase on
 * `window`), one field or several in one pass (Escape ends), then returns to the page that asked.
 * Only the engine's answer, read back from the frame and checked here, counts as a pick; a
 * suggested figure is kept only when it is a catalogue field.
 */
export async function startPick(
  request: RequestOf<"start-pick">,
  sender: MessageSender,
): Promise<PickAnswer> {
  const tabId = await tabForPattern(request.tabId, request.urlPattern);
  await browser.tabs.update(tabId, { active: true });
  let answer: PickAnswer = { picked: [] };
  try {
    const figures = fillFields().map(({ id, kind, labels, aliases }) => ({
      id,
      kind,
      labels,
      ...(aliases === undefined ? {} : { aliases }),
    }));
    const pickRequest = { timeoutMs: PICK_TIMEOUT_MS, multiple: request.multiple === true, figures };
    const top = await topFrame(tabId);
    const [called] = await callContent(tabId, [top], "pick", pickRequest);
    const parsed = pickSchema.safeParse(called?.result);
    if (parsed.success) {
      // A year in what a field reads as ("2025" over its column) is the report's year, read as
      // the year of each later report (profile/report-year.ts).
      const { year } = await pageClaim(tabId, [top]);
      answer = {
        picked: parsed.data.picked.map((field) => ({
          ...keepKnownSuggestion(field),
          locators: markReportYear(field.locators, year),
        })),
      };
    }
  } catch (error) {
    throw error instanceof WorkerError
      ? error
      : new WorkerError("no_access", error instanceof Error ? error.message : String(error));
  }
  if (sender.tab?.id !== undefined) await browser.tabs.update(sender.tab.id, { active: true });
  return answer;
}

function keepKnownSuggestion<T extends { suggested?: string | undefined }>(field: T): T {
  if (field.suggested === undefined || findFillField(field.suggested)) return field;
  const { suggested: _unknown, ...rest } = field;
  return rest as T;
}
