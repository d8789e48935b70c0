import browser from "webextension-polyfill";
import type { ConfirmedRow } from "../content/content-api";
import type { FigureRow } from "../messages";
import { locatorSchema } from "../profile/form-profile";
import { z } from "../zod";
import { serialize } from "./serialize";

const KEY = "tabState";

/** A preview the user may confirm: for which page and package, and each frame's planned rows. */
export interface StoredPlan {
  url: string;
  origin: string;
  org: string;
  year: number;
  /** Frame id → the rows planned there, as the content script is to find them again. */
  frames: Record<string, ConfirmedRow[]>;
  /** The preview's rows as shown, so the report after "fill the ticked" names the others too. */
  rows?: FigureRow[];
}

/** Where a fill's snapshot lives: the frame and the content script's handle for it. */
export interface UndoHandle {
  frameId: number;
  undoId: string;
}

interface TabState {
  plan?: StoredPlan;
  undo?: UndoHandle[];
}

// Session storage is the worker's memory across its restarts; still read with a schema.
const rowSchema = z.object({
  id: z.string(),
  locators: z.array(locatorSchema),
  label: z.string(),
  section: z.string(),
});
const stateSchema = z.record(
  z.string(),
  z.object({
    plan: z
      .object({
        url: z.string(),
        origin: z.string(),
        org: z.string(),
        year: z.number(),
        frames: z.record(z.string(), z.array(rowSchema)),
        // Shown again only as text (the popup renders text, never HTML): the shape is checked loosely.
        rows: z.array(z.looseObject({ ids: z.array(z.string()), outcome: z.string() })).optional(),
      })
      .optional(),
    undo: z.array(z.object({ frameId: z.number(), undoId: z.string() })).optional(),
  }),
);

async function readAll(): Promise<Record<string, TabState>> {
  const stored = await browser.storage.session.get(KEY);
  const parsed = stateSchema.safeParse(stored[KEY] ?? {});
  return parsed.success ? (parsed.data as Record<string, TabState>) : {};
}

// Every tab's state is one stored record: changes are queued so two tabs never drop each other's.
function change(tabId: number, update: (state: TabState) => TabState | undefined): Promise<void> {
  return serialize(async () => {
    const all = await readAll();
    const next = update(all[String(tabId)] ?? {});
    if (next === undefined || (next.plan === undefined && next.undo === undefined)) delete all[String(tabId)];
    else all[String(tabId)] = next;
    await browser.storage.session.set({ [KEY]: all });
  });
}

/** The preview last shown for a tab, if any. */
export async function loadPlan(tabId: number): Promise<StoredPlan | undefined> {
  return (await readAll())[String(tabId)]?.plan;
}

/** Keeps a tab's preview for the user's confirmation. */
export function savePlan(tabId: number, plan: StoredPlan): Promise<void> {
  return change(tabId, (state) => ({ ...state, plan }));
}

/** The snapshots the last fill of a tab kept. */
export async function loadUndo(tabId: number): Promise<UndoHandle[]> {
  return (await readAll())[String(tabId)]?.undo ?? [];
}

/** Keeps the snapshots of a fill (replacing an earlier fill's). */
export function saveUndo(tabId: number, undo: UndoHandle[]): Promise<void> {
  return change(tabId, (state) => ({ ...state, undo }));
}

/**
 * Forgets a tab's preview and snapshots: when it navigates (the page they describe is gone; a
 * snapshot applied to another page would write into fields the user never saw), or closes.
 */
export function forgetTabState(tabId: number): Promise<void> {
  return change(tabId, () => undefined);
}
