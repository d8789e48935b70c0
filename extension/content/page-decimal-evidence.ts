import { type DecimalStyle, onlyStyle } from "./decimal-style";
import { oncePerPass } from "./reading-pass";
import { wordsInUse } from "./words";

/** How many words with Norwegian letters (the request's words: æ, ø, å) make a page's text Norwegian. */
const NORWEGIAN_WORDS_NEEDED = 3;

/** The text read is enough to see a page's language and instructions; a huge page costs no more. */
const MAX_TEXT = 20_000;

/** What a page says about its decimals beyond one control: its text, placeholders and values. */
export interface PageDecimalEvidence {
  /** The style the page itself states or shows in its controls, when it shows only one. */
  shown?: DecimalStyle;
  /** Its running text is Norwegian (whatever its `lang` says: SharePoint keeps "en-us"). */
  norwegian: boolean;
}

/** The page's decimal evidence, read once per reading pass (a plan reads every field in one). */
export function pageDecimalEvidence(doc: Document): PageDecimalEvidence {
  return oncePerPass(readEvidence, doc);
}

function readEvidence(doc: Document): PageDecimalEvidence {
  const text = visibleText(doc);
  return { shown: statedStyle(text) ?? shownStyle(doc), norwegian: isNorwegian(text) };
}

function statedStyle(text: string): DecimalStyle | undefined {
  // The page's own words for its decimal style ("Bruk desimalkomma"; i18n/form-words.ts).
  const { statesComma, statesPoint } = wordsInUse();
  return onlyStyle(statesComma.test(text), statesPoint.test(text));
}

/** The style every decimal placeholder and value of the page's inputs shows ("0,0", "12,5"). */
function shownStyle(doc: Document): DecimalStyle | undefined {
  let comma = false;
  let point = false;
  for (const input of doc.querySelectorAll<HTMLInputElement>("input:not([type=number]):not([type=date])")) {
    for (const text of [input.placeholder, input.value]) {
      if (/^\s*\d+,\d+\s*$/.test(text)) comma = true;
      if (/^\s*\d+\.\d+\s*$/.test(text)) point = true;
    }
  }
  return onlyStyle(comma, point);
}

function isNorwegian(text: string): boolean {
  let found = 0;
  const { norwegianLetters } = wordsInUse();
  for (const word of text.split(/\s+/)) {
    if (norwegianLetters.test(word)) found++;
    if (found >= NORWEGIAN_WORDS_NEEDED) return true;
  }
  return false;
}

/** The page's text outside scripts and styles, cut at MAX_TEXT characters. */
function visibleText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  // Only a page with a script, style or template around or in its text needs each text node's
  // ancestors looked at: the walk calls no filter of ours per node otherwise.
  const HIDDEN = "script, style, template";
  const asks = root.closest(HIDDEN) !== null || root.querySelector(HIDDEN) !== null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < MAX_TEXT; node = walker.nextNode()) {
    if (asks && node.parentElement?.closest(HIDDEN)) continue;
    parts.push(node.nodeValue ?? "");
    length += node.nodeValue?.length ?? 0;
  }
  return `${doc.title} ${parts.join(" ")}`;
}
