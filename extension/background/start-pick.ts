import browser from "webextension-polyfill";
import { z } from "zod";
import type { PickResult, RequestOf } from "../messages";
import { locatorSchema } from "../profile/form-profile";
import type { MessageSender } from "./handlers";
import { pickField } from "./pick-field";
import { resolveTab } from "./resolve-tab";
import { WorkerError } from "./worker-error";

/** How long the user has to point at a field. */
export const PICK_TIMEOUT_MS = 60_000;

// The answer comes from a web page's DOM (ids, names, label text): checked like any outside data.
const text = z.string().max(2000).optional();
const pickSchema = z.union([
  z.strictObject({
    picked: z.literal(true),
    locators: z.array(locatorSchema).min(1).max(8),
    label: text,
    section: text,
  }),
  z.strictObject({ picked: z.literal(false) }),
]);

/** The tab to point in: the one named, else an open tab under the profile's pattern, else the active one. */
async function pickTab(request: RequestOf<"start-pick">): Promise<number> {
  if (request.tabId === undefined && request.urlPattern) {
    // tabs.query by URL needs host access to the pattern: the options page asks for it first.
    const tabs = await browser.tabs.query({ url: request.urlPattern }).catch(() => []);
    const tab = tabs.find((candidate) => candidate.id !== undefined);
    if (tab?.id !== undefined) return tab.id;
  }
  return (await resolveTab(request.tabId)).id;
}

/**
 * Lets the user point at a field: brings the form's tab forward, waits for a click on a field in
 * its top frame, then returns to the page that asked (the options page) with what was picked.
 */
export async function startPick(
  request: RequestOf<"start-pick">,
  sender: MessageSender,
): Promise<PickResult> {
  const tabId = await pickTab(request);
  await browser.tabs.update(tabId, { active: true });
  let result: PickResult;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: pickField,
      args: [PICK_TIMEOUT_MS],
    });
    const parsed = pickSchema.safeParse(injection?.result);
    result = parsed.success ? parsed.data : { picked: false };
  } catch (error) {
    throw new WorkerError("no_access", error instanceof Error ? error.message : String(error));
  }
  if (sender.tab?.id !== undefined) await browser.tabs.update(sender.tab.id, { active: true });
  return result;
}
