import type { Lang } from "../messages/lang";
import type { ReturnState } from "./return-status";

/**
 * The words of a return's state, one table for every view of "who has sent what": the CLI's
 * `status`, the board report's returns section and the add-in's regional sheet.
 */
export const RETURN_STATE_WORDS: Readonly<Record<Lang, Readonly<Record<ReturnState, string>>>> = {
  nb: {
    not_expected: "–",
    missing: "mangler",
    conflict: "motstrid",
    errors: "feil",
    warnings: "advarsler",
    ready: "klar",
  },
  en: {
    not_expected: "–",
    missing: "missing",
    conflict: "conflict",
    errors: "errors",
    warnings: "warnings",
    ready: "ready",
  },
};
