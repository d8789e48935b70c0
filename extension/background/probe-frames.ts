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
  /** What its embedding page says of it, when that page may reach it (describeFrame's `own`). */
  said?: string[];
}

/**
 * Runs in each frame: where it is, the frames it embeds (to name those nobody could reach), and
 * what this page says of each embedded frame, nearest first: its ARIA label, its title, the
 * caption of a figure around it (adversary round 6, D33: "Fjorårets innsending (2024), til
 * kontroll") and the heading just before it ("Fjorårets innrapportering (2024)" over last year's
 * return, whose own page names no year). A frame its embedding page may reach (same origin) also
 * says this of itself (`own`), read from its own `<iframe>` element: an `<iframe srcdoc>` has no
 * address to be told apart by (every one is about:srcdoc) and embeds with `src` "" (adversary
 * round 9, G16). Its origin is the document's (`self.origin`), not its address's: a srcdoc or
 * about:blank frame inherits the page's origin though its address is about:, and a sandboxed one
 * has an opaque origin ("null"), never the page's. Serialized into the frame: it uses nothing from
 * outside itself.
 */
function describeFrame(): {
  url: string;
  origin: string;
  children: string[];
  said: Record<string, string[]>;
  own?: string[];
} {
  const saidOf = (frame: Element): string[] => {
    const headings = [...frame.ownerDocument.querySelectorAll("h1, h2, h3, h4, h5, h6, legend, caption")];
    const before = headings.filter(
      (heading) => heading.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const caption = frame.closest("figure")?.querySelector(":scope > figcaption")?.textContent;
    const texts = [
      frame.getAttribute("aria-label"),
      frame.getAttribute("title"),
      caption,
      before.at(-1)?.textContent,
    ];
    return texts.map((text) => (text ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  };
  const frames = [...document.querySelectorAll("iframe, frame")] as HTMLIFrameElement[];
  const said: Record<string, string[]> = {};
  for (const frame of frames) if (frame.src !== "") said[frame.src] = saidOf(frame);
  const children = frames.map((frame) => frame.src).filter((src) => src !== "");
  let own: string[] | undefined;
  try {
    // null for the top page and for a frame in a page of another origin.
    if (window.frameElement) own = saidOf(window.frameElement);
  } catch {
    own = undefined;
  }
  return { url: location.href, origin: self.origin, children, said, ...(own ? { own } : {}) };
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
    const own = Array.isArray(result.own) ? result.own.map((text) => String(text).slice(0, 300)) : undefined;
    reached.push({
      frameId: answer.frameId,
      url: result.url,
      origin: String(result.origin),
      ...(own ? { said: own } : {}),
    });
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
    // An opaque origin ("null": a sandboxed or data: frame, a page served with a CSP sandbox) is no
    // one's to share: every such document reads "null", a frame of another site inside a sandboxed
    // page too, and the popup's origin is the address's. Such a frame is never filled, nor such a
    // page (the review of G16: another site's frame in a sandboxed page took two figures).
    if (top === undefined || frame.origin !== top.origin || frame.origin === "null")
      skipped.push({ url: frame.url, reason: "other_origin", ...titleOf(frame) });
    else if (profile && !matchesPattern(profile.urlPattern, frame.url))
      skipped.push({ url: frame.url, reason: "outside_profile", ...titleOf(frame) });
    else frames.push(frame);
  }
  return { frames, skipped };
}

/** The nearest of what the page says of a frame with no address of its own: how the report names it. */
export function titleOf(frame: ReachedFrame): { title?: string } {
  const title = frame.url.startsWith("http") ? undefined : frame.said?.[0];
  return title ? { title } : {};
}
