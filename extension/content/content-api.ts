import type { FieldKind, Words } from "../../shared/templates/field";
import type { FormProfile } from "../profile/form-profile";

/** One figure to put into (or compare with) the page. */
export interface FigureToFill {
  id: string;
  value: number | string;
  kind: FieldKind;
  /** Catalogue labels, for matching forms without a profile. */
  labels: Words;
}

/** What the service worker asks every frame's content script to do. */
export interface ContentRequest {
  mode: "fill" | "check";
  figures: FigureToFill[];
  /** The profile whose URL pattern matches the tab; without one, fields are matched by label. */
  profile?: FormProfile;
  /** How long to wait for fields that render late, in milliseconds (bounded). */
  waitMs: number;
}

/** A field whose value on the page is not the package's. */
export interface Mismatch {
  id: string;
  expected: string;
  actual: string;
}

/** One frame's answer; the service worker merges the answers of all frames. */
export interface FrameResult {
  frameUrl: string;
  filled: string[];
  missing: string[];
  mismatched: Mismatch[];
  /** Fields that match the package (check mode) — not written. */
  matched: string[];
  /**
   * Fields left for after a reload: filling a field with `reloads` (or an AutoPostBack control)
   * makes the page submit itself, so the service worker waits for the frame to load again and runs
   * the request once more with only these figures.
   */
  pending?: string[];
  /** Why each missing field is missing (absent from the page, or there but not fillable). */
  reasons?: Record<string, MissingReason>;
  /**
   * A field that reloads the page was written: the frame is about to load again, so nothing more
   * may run in this tab (not even a check) until it has, whether or not figures are `pending`.
   */
  reloading?: boolean;
  /** Set when the frame failed unexpectedly; every figure is then reported missing. */
  error?: string;
}

/** Why a field is reported missing: not on the page, or on it but disabled, read-only or hidden. */
export type MissingReason = "not_found" | "disabled" | "readonly" | "hidden";

/**
 * The content script is one classic script injected into every frame with
 * `scripting.executeScript({ files: ["content.js"], allFrames: true })`; it installs this object on
 * `globalThis.hsoContent`, and the service worker then calls `run` in every frame through
 * `scripting.executeScript({ func, args, allFrames: true })`, which answers once per frame.
 */
export interface ContentApi {
  run(request: ContentRequest): Promise<FrameResult>;
  /** Removes the outlines `run` drew around filled and mismatched fields. */
  clearHighlights(): void;
}

/** The global name the content script installs itself under. */
export const CONTENT_GLOBAL = "hsoContent";
