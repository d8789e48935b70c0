/**
 * Text from packages and workbooks is somebody else's: printed to a terminal or written to a CSV,
 * a control character can clear the screen or write the clipboard (OSC 52), and a bidi override
 * (U+202E) can reverse what a reader sees. Every text we echo goes through here first
 * (docs/architecture.md, "Text from outside").
 */

/** C0 and C1 controls (tab and newline are handled apart), DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings, overrides, isolates and marks, which reorder what follows them. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Line and paragraph separators, which break a one-line message as a newline would. */
const LINE_BREAKS = /[\r\n\u2028\u2029]+/g;

/** What `printableText` keeps of layout: one line (the default) or the text's own lines. */
export type PrintableOptions = { keepLines?: boolean };

/**
 * The text with every control and bidi character replaced by U+FFFD (so a reader sees that
 * something was there), tabs as spaces, and line breaks as one space unless `keepLines`.
 */
export function printableText(text: string, options: PrintableOptions = {}): string {
  const lines = options.keepLines ? text.replace(/\r\n?/g, "\n") : text.replace(LINE_BREAKS, " ");
  return lines.replace(/\t/g, " ").replace(CONTROLS, "\ufffd").replace(BIDI, "\ufffd");
}

/** Whether the text holds a control or bidi character that `printableText` would replace. */
export function hasUnprintable(text: string): boolean {
  return new RegExp(CONTROLS.source).test(text) || new RegExp(BIDI.source).test(text);
}
