import { markTabNavigated } from "../storage/tab-results";
import { forgetTabState } from "../storage/tab-state";

/**
 * A tab started loading a document (a new address, or the same one again after a postback): its
 * preview and undo snapshots describe a page that is gone and are forgotten, and a fill shown
 * before it is marked so the late read-back reads the figures again (verify-fill.ts).
 *
 * The mark is written before the snapshots go, never beside them: the late read-back reads the
 * snapshots first and the result after, so snapshots found gone mean the mark is there to read.
 * Written the other way round, a read-back that came between saw no snapshots and no mark, and
 * returned the fill's "filled" for figures the reloaded page did not hold (CI, the unforeseen
 * reload test; docs/extension.md, "A page loaded again after the fill").
 */
export async function noteTabNavigated(tabId: number): Promise<void> {
  await markTabNavigated(tabId);
  await forgetTabState(tabId);
}
