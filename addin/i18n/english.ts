import { EN as MESSAGES } from "../../shared/messages/en";
import type { PaneLangWords } from "./pane-langs";
import { EN } from "./words-en";

/** The pane's English: a chunk of its own, imported only by `loadLang("en")` (pane-langs.ts). */
export const ENGLISH: PaneLangWords = { ui: EN, messages: MESSAGES };
