/** How deep a JSON text nests, and where it first goes deeper than a limit (line and column from 1). */
export interface JsonDepth {
  depth: number;
  beyond?: { line: number; column: number };
}

/**
 * The deepest nesting of objects and arrays in a JSON text, found in one pass over its characters
 * without recursion (brackets inside strings do not count), so a file of 50 000 `[` is measured,
 * not parsed: no reader ever recurses into it. Text that is not JSON is measured as far as it goes;
 * the reader says what is wrong with it.
 */
export function jsonDepth(text: string, limit: number): JsonDepth {
  let depth = 0;
  let deepest = 0;
  let line = 1;
  let lineStart = 0;
  let beyond: JsonDepth["beyond"];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22) at = stringEnd(text, at);
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (depth > limit && beyond === undefined) beyond = { line, column: at - lineStart + 1 };
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
    else if (code === 0x0a) {
      line += 1;
      lineStart = at + 1;
    }
  }
  return beyond === undefined ? { depth: deepest } : { depth: deepest, beyond };
}

/** The index of the quote that closes the string opened at `start` (or the text's end). */
function stringEnd(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5c) at += 1;
    else if (code === 0x22) return at;
    else if (code === 0x0a) return at - 1; // not JSON; the line is still counted
  }
  return text.length;
}

/** The length of a text in UTF-8 bytes, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLow(text.charCodeAt(at + 1))) {
      bytes += 4;
      at += 1;
    } else bytes += 3;
  }
  return bytes;
}

const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
