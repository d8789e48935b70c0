import type { Aliases, Words } from "./field";

/**
 * The abbreviations the catalogue's names use and the words they stand for, as forms spell them
 * out ("Psykisk helsevern for barn og unge" over a field "PHBU, i alt"). Both ways: a name with the
 * abbreviation is also the name with its words, and a name with the words also the abbreviation.
 * Only the field catalogue's own abbreviations, each with what it means in the specialist health
 * service (docs/domain.md); none is a guess at a word a form might use.
 */
export const ABBREVIATIONS: ReadonlyArray<{ short: string; long: readonly string[] }> = [
  { short: "PHBU", long: ["psykisk helsevern for barn og unge"] },
  { short: "PHV", long: ["psykisk helsevern for voksne"] },
  // "Rus" heads TSB's section on many forms; a heading naming it must not leave the count under it
  // to the unit's total (docs/domain.md: TSB is the substance-use service).
  { short: "TSB", long: ["tverrfaglig spesialisert rusbehandling", "rus"] },
  { short: "DPS", long: ["distriktspsykiatrisk senter", "distriktspsykiatriske sentre"] },
  { short: "BUP", long: ["barne- og ungdomspsykiatri", "psykisk helsevern for barn og unge"] },
  { short: "VOP", long: ["voksenpsykiatri", "psykisk helsevern for voksne"] },
];

/**
 * A name with its abbreviations spelled out (each, and together: "PHV voksne, DPS" is also
 * "psykisk helsevern for voksne voksne, distriktspsykiatrisk senter"), and each spelled-out phrase
 * of the name as its abbreviation. The words a name gains this way are the field's own.
 */
export function spelledBothWays(name: string): string[] {
  let names = [name];
  for (const { short, long } of ABBREVIATIONS) {
    const abbreviation = whole(short, "u");
    const spelled = names.flatMap((known) =>
      abbreviation.test(known) ? long.map((words) => known.replace(abbreviation, words)) : [],
    );
    names = [...names, ...spelled];
  }
  const shortened = ABBREVIATIONS.flatMap(({ short, long }) =>
    long.map((words) => name.replace(whole(words, "iu"), short)),
  );
  return [...new Set([...names, ...shortened])].filter((spelled) => spelled !== name);
}

/** A pattern for a word or phrase standing on its own (not inside a longer word). */
function whole(text: string, flags: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
}

/** A field's names (label and aliases) spelled the other way, per language: only the new spellings. */
export function spelledNames(label: Words, aliases: Aliases | undefined): Aliases {
  const spelled = (lang: "nb" | "en") => {
    const own = [label[lang], ...(aliases?.[lang] ?? [])];
    return [...new Set(own.flatMap(spelledBothWays))].filter((name) => !own.includes(name));
  };
  return { nb: spelled("nb"), en: spelled("en") };
}
