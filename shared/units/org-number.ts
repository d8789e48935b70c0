/** Weights of the Norwegian org. no. check digit on digits 1–8 (docs/domain.md, Brønnøysund's mod-11). */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Spaces people and spreadsheets put inside numbers: ordinary, no-break (U+00A0), narrow no-break (U+202F), thin. */
const SPACES = /[\s\u00a0\u2009\u202f]/g;

/** Whether a string is nine digits whose last is the mod-11 check digit of the first eight. */
export function isValidOrgNumber(org: string): boolean {
  if (!/^\d{9}$/.test(org)) return false;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(org[index]), 0);
  const remainder = sum % 11;
  // A remainder of 1 would need check digit 10: such numbers are never issued.
  if (remainder === 1) return false;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(org[8]);
}

/** The nine digits of an org. no. typed with any spacing ("983 975 267"), or undefined if it is not nine digits. */
export function normalizeOrgNumber(text: string): string | undefined {
  const digits = text.replace(SPACES, "");
  return /^\d{9}$/.test(digits) ? digits : undefined;
}

/** An org. no. written the Norwegian way, in groups of three ("983 975 267"); other text is returned as it is. */
export function formatOrgNumber(org: string): string {
  const digits = normalizeOrgNumber(org);
  return digits === undefined ? org : `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
