import type { ContentRequest, FigureToFill, FrameResult } from "../content/content-api";
import { singleYearsIn } from "../content/words";
import { formWords } from "../i18n/form-words";
import type { SkippedFrame } from "../messages";
import type { FormProfile } from "../profile/form-profile";
import { profileForYear } from "../profile/report-year";
import { catalogueNames } from "./catalogue-names";
import { framesNamingOthers } from "./check-identity";
import { type ChosenProfile, findProfile } from "./find-profile";
import { measureWords } from "./measure-words";
import { chooseFrames, probeFrames, type ReachedFrame, titleOf } from "./probe-frames";
import { withFields } from "./request-fields";
import { requestUnit } from "./request-unit";
import { resolveTab, type TargetTab } from "./resolve-tab";
import { type FrameAnswer, runInTab } from "./run-in-tab";
import { type ExpectedPage, isStillExpected, originOf } from "./tab-guard";
import { unitYearFigures } from "./unit-year-figures";
import { WorkerError } from "./worker-error";

/** How long each frame waits for fields that render late (content-api.ts: bounded). */
export const FIELD_WAIT_MS = 3_000;

/** A plan, fill or check of one tab: the figures of the unit's packages of the year, the profile, and the guarded runs. */
export interface TabRun {
  tab: TargetTab;
  expect: ExpectedPage;
  figures: FigureToFill[];
  chosen?: ChosenProfile;
  /** Frames that got nothing, by address, over every round so far. */
  skipped: Map<string, SkippedFrame>;
  /** The frames the last round ran in. */
  lastFrames: ReachedFrame[];
  /** The profile's `reloads` marks go with the request (not once a reload they promised did not come: fill-rounds.ts). */
  heedReloads: boolean;
  /** Whether the tab is still on the origin (and the profile's pattern) the popup showed. */
  stillThere(): Promise<boolean>;
  /** Probes the frames and answers those figures may go into (the others recorded in `skipped`). */
  frames(): Promise<ReachedFrame[]>;
  /** Probes the frames, then runs the request in those figures may go into. */
  run(
    request: Omit<ContentRequest, "profile" | "waitMs" | "words" | "fields">,
    only?: (frame: ReachedFrame) => boolean,
  ): Promise<FrameAnswer[]>;
}

/**
 * Opens a run on a tab for a package: refuses at once a tab that is not on the page the popup
 * showed (origin, and the profile chosen by the address shown); every later round probes the
 * frames again and fills only the top origin's (probe-frames.ts).
 */
export async function openTabRun(request: {
  tabId?: number | undefined;
  org: string;
  year: number;
  expect: ExpectedPage;
  /** The user chose to fill a page that names another unit or year: its frames too. */
  override?: boolean | undefined;
}): Promise<TabRun> {
  const tab = await resolveTab(request.tabId);
  if (originOf(request.expect.url) !== request.expect.origin) throw new WorkerError("page_changed", "expect");
  const figures = await unitYearFigures(request.org, request.year);
  const chosen = await findProfile(request.expect.url);
  const stillThere = () => isStillExpected(tab.id, request.expect, chosen?.profile);
  if (!(await stillThere())) throw new WorkerError("page_changed", tab.url);
  const state: TabRun = {
    tab,
    expect: request.expect,
    figures,
    ...(chosen ? { chosen } : {}),
    skipped: new Map<string, SkippedFrame>(),
    lastFrames: [],
    heedReloads: true,
    stillThere,
    frames: async () => {
      const probed = await probeFrames(tab.id);
      const probe = chooseFrames(probed, chosen?.profile);
      for (const frame of probe.skipped) state.skipped.set(skippedKey(frame), frame);
      if (request.override) return probe.frames;
      const others = await framesNamingOthers(tab.id, probe.frames, request.org, request.year);
      // What the page says of a frame: read from the frame's own element where the frame may reach
      // it (every `<iframe srcdoc>` is about:srcdoc), else by its address (probe-frames.ts).
      const saidOf = (frame: ReachedFrame) => frame.said ?? probed.said.get(frame.url);
      for (const frame of probe.frames)
        if (frame.frameId !== 0 && !others.has(frame.frameId) && saysOtherYear(saidOf(frame), request.year))
          others.set(frame.frameId, "other_year");
      for (const frame of probe.frames) {
        const reason = others.get(frame.frameId);
        const skipped = reason && { url: frame.url, reason, ...titleOf(frame) };
        if (skipped) state.skipped.set(skippedKey(skipped), skipped);
      }
      return probe.frames.filter((frame) => !others.has(frame.frameId));
    },
    run: async (content, only = () => true) => {
      state.lastFrames = (await state.frames()).filter(only);
      // The engine scores controls against the whole catalogue without bundling it (content-api.ts).
      const full: Omit<ContentRequest, "fields"> = {
        ...content,
        // A year a picked field's texts name is the report's year (report-year.ts): this package's.
        profile: chosen && withoutReloads(profileForYear(chosen.profile, request.year), state.heedReloads),
        waitMs: FIELD_WAIT_MS,
        catalogue: catalogueNames(),
        measures: measureWords(),
        words: formWords(),
        ...withUnit(request.org, request.override),
      };
      return runInTab(tab.id, state.lastFrames, withFields(full));
    },
  };
  return state;
}

/**
 * The nearest of what the embedding page says of a frame that names years (its ARIA label, title,
 * figure caption, the heading over it: describeFrame) names none of them the package's:
 * "Fjorårets innrapportering (2024)" over a frame whose own page names no year. The nearest, not
 * all: a caption "Fjorårets innsending (2024)" speaks for its frame, the page's "Døgnplasser 2025"
 * above it for the page (adversary round 6, D33). Dates and spans of years (a plan's period) are
 * no year of the frame.
 */
function saysOtherYear(said: readonly string[] | undefined, year: number): boolean {
  const years = said?.map(singleYearsIn).find((found) => found.length > 0) ?? [];
  return years.length > 0 && !years.includes(year);
}

/**
 * A frame left out, once over every round: by its address, and for a frame with no address of its
 * own (about:srcdoc, about:blank) by what the page calls it too, so two srcdoc frames are two rows.
 */
function skippedKey(frame: SkippedFrame): string {
  return `${frame.url} ${frame.title ?? ""}`;
}

/**
 * The package's unit with its names, so a unit list that shows a name or short name can be chosen
 * from, and how texts name the other units, whose sections get nothing; not when the user chose to
 * fill a page that names another unit (`override`): its sections are then the page's too.
 */
function withUnit(org: string, override?: boolean): Pick<ContentRequest, "unit"> {
  const unit = requestUnit(org);
  if (unit === undefined) return {};
  if (override) delete unit.said;
  return { unit };
}

/** The results without their frame ids, as mergeFrames takes them. */
export function results(answers: readonly FrameAnswer[]): FrameResult[] {
  return answers.map(({ frameId: _frameId, ...result }) => result);
}

/** The profile as sent, its fields' `reloads` marks left out when they are not heeded. */
function withoutReloads(profile: FormProfile, heed: boolean): FormProfile {
  if (heed) return profile;
  const fields = Object.entries(profile.fields).map(([id, { reloads: _reloads, ...field }]) => [id, field]);
  return { ...profile, fields: Object.fromEntries(fields) };
}
