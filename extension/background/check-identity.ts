import type { IdentityCheck } from "../messages";
import { callContent } from "./call-content";
import { type Clues, frameClues, knownUnits, verdictOf } from "./frame-clues";
import type { ReachedFrame } from "./probe-frames";

/** What each frame shows as its unit (org. no. or unit name) and year, by frame id. */
async function cluesByFrame(tabId: number, frames: readonly ReachedFrame[]): Promise<Map<number, Clues>> {
  const units = knownUnits();
  const answers = await callContent(tabId, frames, "identity", {}).catch(() => []);
  const byFrame = new Map<number, Clues>();
  for (const answer of answers) {
    const clues = frameClues(answer.result, units);
    if (clues) byFrame.set(answer.frameId, clues);
  }
  return byFrame;
}

/** What the page shows as its unit (org. no. or unit name) and year, from every frame filled. */
export async function pageClues(tabId: number, frames: readonly ReachedFrame[]): Promise<Clues> {
  const all = [...(await cluesByFrame(tabId, frames)).values()];
  return { orgs: all.flatMap((clues) => clues.orgs), years: all.flatMap((clues) => clues.years) };
}

/**
 * The frames inside the page (not the top one) that name only another unit or another year than
 * the package, each with why: a same-origin frame holding last year's return or another trust's
 * form must get nothing, even when the top page is the package's (adversary round 3, A4).
 */
export async function framesNamingOthers(
  tabId: number,
  frames: readonly ReachedFrame[],
  org: string,
  year: number,
): Promise<Map<number, "other_unit" | "other_year">> {
  const inner = frames.filter((frame) => frame.frameId !== 0);
  const others = new Map<number, "other_unit" | "other_year">();
  if (inner.length === 0) return others;
  for (const [frameId, clues] of await cluesByFrame(tabId, inner)) {
    if (verdictOf(clues.orgs, org) === "other") others.set(frameId, "other_unit");
    else if (verdictOf(clues.years, String(year)) === "other") others.set(frameId, "other_year");
  }
  return others;
}

/**
 * The one unit and the one year the page names, for the popup's first choice; none where the page
 * names none, or several (a list of every unit is not a claim).
 */
export async function pageClaim(
  tabId: number,
  frames: readonly ReachedFrame[],
): Promise<{ org?: string; year?: number }> {
  const { orgs, years } = await pageClues(tabId, frames);
  const one = (values: readonly string[]) => (new Set(values).size === 1 ? values[0] : undefined);
  const org = one(orgs.map((item) => item.value));
  const year = one(years.map((item) => item.value));
  return { ...(org ? { org } : {}), ...(year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}) };
}

/**
 * Compares the unit and year the page names with the package's. A page that names the package's
 * unit (or year) anywhere is "same"; one that names only others is "other", with what it says and
 * where, so the popup can refuse with the reason; a page that names none is "unknown".
 */
export async function checkIdentity(
  tabId: number,
  frames: readonly ReachedFrame[],
  org: string,
  year: number,
): Promise<IdentityCheck> {
  const { orgs, years } = await pageClues(tabId, frames);
  const unit = verdictOf(orgs, org);
  const yearVerdict = verdictOf(years, String(year));
  const clues: IdentityCheck["clues"] = [
    ...(unit === "other"
      ? orgs.map((item) => ({ kind: "unit" as const, value: item.value, where: item.where }))
      : []),
    ...(yearVerdict === "other"
      ? years.map((item) => ({ kind: "year" as const, value: item.value, where: item.where }))
      : []),
  ];
  return { unit, year: yearVerdict, clues };
}
