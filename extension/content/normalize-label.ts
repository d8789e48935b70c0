/**
 * A label's text reduced to what identifies it: lower case, single ASCII spaces (NBSP and narrow
 * spaces included), no required-field asterisks and no trailing colon, so "PHV voksne, DPS *:" and
 * "phv  voksne, dps" compare equal.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[*\u2217]/g, " ")
    .replace(/[\s\u00a0\u2007\u202f]+/g, " ")
    .trim()
    .replace(/\s*:$/, "")
    .trim()
    .toLowerCase();
}
