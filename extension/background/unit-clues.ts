import type { IdentityClue, NamedText } from "../content/content-api";

/** A unit by its registered name and the other names the units list declares ("SiV", "Telemark"). */
export interface UnitNames {
  org: string;
  name: string;
  names?: readonly string[];
}

/**
 * The units the page's texts name in words, each as a clue by its org. no. and where it was found.
 * Matched here, in the worker, so the units list never travels into a page's content script. Only
 * names the list declares count, word by word, never a near match: a wrong unit is worse than none.
 */
export function unitClues(texts: readonly NamedText[], units: readonly UnitNames[]): IdentityClue[] {
  const clues: IdentityClue[] = [];
  const seen = new Set<string>();
  for (const { text, ...where } of texts) {
    for (const org of unitsIn(text, units)) {
      const key = `${org}|${where.source}|${where.where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      clues.push({ value: org, ...where });
    }
  }
  return clues;
}

function unitsIn(text: string, units: readonly UnitNames[]): string[] {
  const words = ` ${tokens(text)} `;
  const exact = ` ${tokens(text, true)} `;
  const named = (name: string) => {
    const acronym = isAcronym(name);
    const key = tokens(name, acronym);
    return key !== "" && (acronym ? exact : words).includes(` ${key} `);
  };
  return units.filter((unit) => namesOnPages(unit).some(named)).map((unit) => unit.org);
}

/** Every name a page may call a unit by: a health trust with or without "HF" ("Sykehuset i Vestfold"). */
export function namesOnPages(unit: UnitNames): string[] {
  return [unit.name, unit.name.replace(/\s+HF\s*$/i, ""), ...(unit.names ?? [])];
}

/**
 * An acronym ("SiV", "OUS", "STHF": a short name of two or more capitals) counts only as written:
 * "Siv" is a first name.
 */
export function isAcronym(name: string): boolean {
  return name.length < 7 && /\p{Lu}.*\p{Lu}/u.test(name);
}

/** A text's words, single-spaced, punctuation left out ("Sør-Øst," is "sør øst"); lower case unless kept. */
function tokens(text: string, keepCase = false): string {
  const words = text
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return keepCase ? words : words.toLowerCase();
}
