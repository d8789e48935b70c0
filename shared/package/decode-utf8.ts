/** The text of UTF-8 bytes, or the offset (from 0) of the first byte that is not well-formed UTF-8. */
export type Utf8Decode = { ok: true; text: string } | { ok: false; offset: number };

/**
 * Strict UTF-8 (RFC 3629, as I-JSON requires): overlong forms, encoded surrogates, code points past
 * U+10FFFF and cut sequences are refused, never replaced, so a Latin-1 file ("Ø" as the lone byte
 * 0xD8) is recognised as not UTF-8 instead of being read with U+FFFD in its place. In plain
 * TypeScript, because the core has no TextDecoder (shared/tsconfig.json: no DOM, no Node).
 */
export function decodeUtf8(bytes: Uint8Array): Utf8Decode {
  const units: number[] = [];
  const chunks: string[] = [];
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      units.push(lead);
      index += 1;
    } else {
      const point = sequenceAt(bytes, index);
      if (point === undefined) return { ok: false, offset: index };
      pushCodePoint(units, point.code);
      index += point.length;
    }
    if (units.length >= 8192) chunks.push(String.fromCharCode(...units.splice(0)));
  }
  chunks.push(String.fromCharCode(...units));
  return { ok: true, text: chunks.join("") };
}

/** The code point of the multi-byte sequence at `index`, or undefined when it is not well formed. */
function sequenceAt(bytes: Uint8Array, index: number): { code: number; length: number } | undefined {
  const lead = bytes[index] ?? 0;
  // Lead byte ranges and the allowed range of the second byte (RFC 3629, section 4).
  let length: number;
  let code: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) [length, code] = [2, lead & 0x1f];
  else if (lead >= 0xe0 && lead <= 0xef) {
    [length, code] = [3, lead & 0x0f];
    if (lead === 0xe0) low = 0xa0; // no overlong forms
    if (lead === 0xed) high = 0x9f; // no encoded surrogates
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    [length, code] = [4, lead & 0x07];
    if (lead === 0xf0) low = 0x90;
    if (lead === 0xf4) high = 0x8f; // nothing past U+10FFFF
  } else return undefined;
  for (let step = 1; step < length; step++) {
    const byte = bytes[index + step];
    const [min, max] = step === 1 ? [low, high] : [0x80, 0xbf];
    if (byte === undefined || byte < min || byte > max) return undefined;
    code = (code << 6) | (byte & 0x3f);
  }
  return { code, length };
}

function pushCodePoint(units: number[], code: number): void {
  if (code < 0x10000) units.push(code);
  else {
    const offset = code - 0x10000;
    units.push(0xd800 + (offset >> 10), 0xdc00 + (offset & 0x3ff));
  }
}
