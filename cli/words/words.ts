import type { Lang } from "../../shared/messages/lang";
import type { CliWords } from "./cli-words";
import { EN_WORDS } from "./en";
import { NB_WORDS } from "./nb";

const BY_LANG: Record<Lang, CliWords> = { nb: NB_WORDS, en: EN_WORDS };

/** The command line's words in one language. */
export function words(lang: Lang): CliWords {
  return BY_LANG[lang];
}
