import { REPORTING_UNITS, type ReportingUnit, unitNames } from "../../shared/units/reporting-units";
import { isAcronym, namesOnPages } from "./unit-clues";

/** What is not a letter or digit: between a name's words ("Sør-Øst," reads "Sør Øst"), and around it. */
const GAP = "[^\\p{L}\\p{N}]+";
const EDGE = "[\\p{L}\\p{N}]";

/**
 * How a page's texts name the package's unit and the other units of the list, as one regular
 * expression's source (flags `u`): it matches a text that names any unit, with group 1 set when
 * the text names the package's unit anywhere (it comes first), unset when it names only others.
 * Names are those unit-clues.ts reads a page's unit by, word by word, an acronym in its own case
 * only, the others in any case, and the org. no. ("983 975 259"). Sent with the request
 * (ContentRequest.unit.said), so a section titled "Sykehuset i Vestfold HF" makes its boxes
 * Vestfold's in a Telemark package (adversary round 4, B13) without the units list in the content
 * script every frame gets.
 */
export function unitPattern(
  org: string,
  units: readonly ReportingUnit[] = REPORTING_UNITS,
): string | undefined {
  const own = units.find((unit) => unit.org === org);
  if (own === undefined) return undefined;
  // A part first: a text naming a location of the unit is not the unit's, whoever it names after.
  const part = `^(?=[^]*?(?<!${EDGE})(?:${PART_WORDS.map(nameSource).join("|")})${GAP}(?!${namesOf([own], "?:")})\\p{Lu})`;
  return `${part}|^(?=[^]*?${namesOf([own])})|${namesOf(units.filter((unit) => unit !== own))}`;
}

/**
 * Words a heading names one location of the unit by ("Lokasjon Skien", "Behandlingssted Porsgrunn"):
 * the boxes under it take that location's part, never the unit's figures, which the fill reads as
 * another unit's (adversary round 6, D28). Only before a capitalised name that is not the unit's
 * own ("Lokasjon og adresse", "Lokasjon: Sykehuset Telemark HF" are no part).
 */
const PART_WORDS = ["lokasjon", "lokalisasjon", "behandlingssted", "location"];

function namesOf(units: readonly ReportingUnit[], group = ""): string {
  const names = units.flatMap((unit) => [
    ...namesOnPages({ name: unit.name, names: unitNames(unit), org: unit.org }).map(nameSource),
    unit.org.replace(/^(\d{3})(\d{3})/, "$1 ?$2 ?"),
  ]);
  return `(?<!${EDGE})(${group}${[...new Set(names)].join("|")})(?!${EDGE})`;
}

/** A name's words joined by any gap; in any case, but an acronym as written. Words hold no regex syntax. */
function nameSource(name: string): string {
  const acronym = isAcronym(name);
  const anyCase = (char: string) => {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    return acronym || lower === upper || lower.length > 1 || upper.length > 1 ? char : `[${lower}${upper}]`;
  };
  return name
    .normalize("NFC")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map((word) => [...word].map(anyCase).join(""))
    .join(GAP);
}
