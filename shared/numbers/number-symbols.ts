/** Separators of Norwegian numbers: DOMAIN rule 6's fixed set joined with what the platform's nb-NO data emits. */
export interface NumberSymbols {
  /** The decimal separator of nb-NO. */
  decimal: ",";
  /** Characters accepted between groups of three digits. */
  groups: readonly string[];
  /** Characters accepted as a leading minus. */
  minus: readonly string[];
}

/** Space, no-break space and narrow no-break space: every grouping a Norwegian document or Excel may use. */
const SPACES = [" ", "\u00a0", "\u202f"];

/** Hyphen-minus and the real minus sign U+2212. */
const MINUS_SIGNS = ["-", "\u2212"];

/**
 * Reads nb-NO's group and minus characters from `Intl.NumberFormat#formatToParts` (as Adobe's
 * @internationalized/number does), so text our own "nb" formatting produces always parses back even
 * if CLDR changes them (French moved to U+202F in 2019). Only whitespace groups and one-character
 * minus signs are taken: a locale-less runtime falling back to English must not make "," a group.
 */
function readSymbols(): NumberSymbols {
  const parts = new Intl.NumberFormat("nb-NO").formatToParts(-12345.6);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const group = part("group");
  const minus = part("minusSign");
  return {
    decimal: ",",
    groups: /^\s$/u.test(group) ? union(SPACES, group) : SPACES,
    minus: /^[-\u2212\u2010-\u2015\ufe63\uff0d]$/u.test(minus) ? union(MINUS_SIGNS, minus) : MINUS_SIGNS,
  };
}

function union(base: readonly string[], extra: string): readonly string[] {
  return base.includes(extra) ? base : [...base, extra];
}

/** The nb-NO number symbols, read once. */
export const NB_SYMBOLS: NumberSymbols = readSymbols();
