import type { Lang } from "../../shared/messages/lang";

/**
 * What a section of the pane says when its code could not be downloaded (docs/addin.md: the lazy
 * chunks). It ships with the first load in every language: the English words are a chunk of their
 * own and would fail to arrive for the same reason, so this cannot wait for them.
 */
export const LOAD_FAILED: Record<Lang, string> = {
  nb: "Denne delen av ruten kunne ikke lastes ned. Sjekk nettforbindelsen og prøv igjen, eller lukk ruten og åpne den på nytt.",
  en: "This part of the pane could not be downloaded. Check the network connection and try again, or close the pane and open it again.",
};
