import browser from "webextension-polyfill";
import type { SkippedFrame } from "../messages";
import type { FormProfile } from "../profile/form-profile";
import { matchesPattern } from "../profile/match-pattern";
import { WorkerError } from "./worker-error";

/** A frame the probe reached: its id (for `executeScript`), address and origin. */
export interface ReachedFrame {
  frameId: number;
  url: string;
  origin: string;
}

/**
 * Runs in each frame: where it is, the frames it embeds (to name those nobody could reach), and
 * what this page says of each embedded frame, nearest first: its ARIA label, its title, the
 * caption of a figure around it (adversary round 6, D33: "Fjorårets innsending (2024), til
 * kontroll") and the heading just before it ("Fjorårets innrapportering (2024)" over last year's
 * return, whose own page names no year). Serialized into the frame: it uses nothing from outside itself.
 */
function describeFrame(): {
  url: string;
  origin: string;
  children: string[];
  said: Record<string, string[]>;
} {
  const frames = [...document.querySelectorAll("iframe, frame")] as HTMLIFrameElement[];
  const headings = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6, legend, caption")];
  const said: Record<string, string[]> = {};
  for (const frame of frames) {
    const before = headings.filter(
      (heading) => heading.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const caption = frame.closest("figure")?.querySelector(":scope > figcaption")?.textContent;
    const texts = [frame.getAttribute("aria-label"), frame.title, caption, before.at(-1)?.textContent];
    if (frame.src !== "")
      said[frame.src] = texts.map((text) => (text ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  }
  const children = frames.map((frame) => frame.src).filter((src) => src !== "");
  return { url: location.href, origin: location.origin, children, said };
}

/** The probe's answer: the frames reached, embedded frames that answered nothing, and what the pages say of their frames. */
export interface FrameProbe {
  reached: ReachedFrame[];
  unreachable: string[];
  /** By a frame's address: what the page embedding it says of it, nearest first (describeFrame). */
  said: Map<string, string[]>;
}

/**
 * Asks every frame where it is before anything is filled. Frames the extension may not touch
 * (another origin without host access) are skipped by the browser and answer nothing: they are
 * found as frames some reached frame embeds that no answer came from, and named in the report.
 */
export async function probeFrames(tabId: number): Promise<FrameProbe> {
  let answers: { frameId?: number; result?: unknown }[];
  try {
    answers = await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: describeFrame,
    });
  } catch (error) {
    throw new WorkerError("no_access", error instanceof Error ? error.message : String(error));
  }
  const reached: ReachedFrame[] = [];
  const embedded = new Set<string>();
  const said = new Map<string, string[]>();
  for (const answer of answers) {
    const result = answer.result as ReturnType<typeof describeFrame> | undefined;
    if (typeof answer.frameId !== "number" || typeof result?.url !== "string") continue;
    reached.push({ frameId: answer.frameId, url: result.url, origin: String(result.origin) });
    for (const child of Array.isArray(result.children) ? result.children : []) embedded.add(String(child));
    for (const [url, texts] of Object.entries(result.said ?? {}))
      if (Array.isArray(texts))
        said.set(
          String(url),
          texts.map((text) => String(text).slice(0, 300)),
        );
  }
  const seen = new Set(reached.map((frame) => frame.url));
  const unreachable = [...embedded].filter((url) => !seen.has(url) && url.startsWith("http"));
  return { reached, unreachable, said };
}

/**
 * The frames figures may go into: the top page's origin only, and with a profile only addresses
 * under its pattern (an iframe of another origin, even one the extension may reach, gets nothing).
 * Every other frame is listed with why, so the report names it instead of saying "frames: 2".
 */
export function chooseFrames(
  probe: Omit<FrameProbe, "said">,
  profile: FormProfile | undefined,
): { frames: ReachedFrame[]; skipped: SkippedFrame[] } {
  const top = probe.reached.find((frame) => frame.frameId === 0);
  const frames: ReachedFrame[] = [];
  const skipped: SkippedFrame[] = probe.unreachable.map((url) => ({ url, reason: "unreachable" }));
  for (const frame of probe.reached) {
    if (top === undefined || frame.origin !== top.origin)
      skipped.push({ url: frame.url, reason: "other_origin" });
    else if (profile && !matchesPattern(profile.urlPattern, frame.url))
      skipped.push({ url: frame.url, reason: "outside_profile" });
    else frames.push(frame);
  }
  return { frames, skipped };
}
