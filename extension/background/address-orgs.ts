import { isUnitName } from "../../shared/units/unit-name";

/**
 * The org. nos. a frame's address names under a unit's name: its query ("?orgnr=983975240",
 * "?enhet=…"), a route's query after `#` ("#/skjema?orgnr=…"), or a path segment after a unit's
 * name ("/enhet/983975240/"). A form the server renders for the unit its address names is that
 * unit's, though no text on it says so (adversary round 6, D34). Any nine digits count, as in a
 * field, not only the units list's: a refused page costs a look, a fill into another unit's form is
 * the worst failure. A number under another name ("?saksnr=", "?id=") says nothing.
 */
export function addressOrgs(address: string): Array<{ value: string; where: string }> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [];
  }
  const route = url.hash.includes("?") ? url.hash.slice(url.hash.indexOf("?")) : "";
  const pairs: Array<[string, string]> = [
    ...new URLSearchParams(url.search),
    ...new URLSearchParams(route),
    ...pathPairs(url.pathname),
  ];
  return pairs
    .filter(([name]) => isUnitName(name))
    .flatMap(([name, value]) => orgsIn(value).map((org) => ({ value: org, where: `${name}=${org}` })));
}

/** Each path segment with the one before it as its name ("/enhet/983975240" is enhet = 983975240). */
function pathPairs(path: string): Array<[string, string]> {
  const segments = path.split("/").map(decoded);
  return segments.slice(1).map((segment, index) => [segments[index] ?? "", segment]);
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Nine digits, also spaced ("983 975 240"), not part of a longer number. */
function orgsIn(value: string): string[] {
  return [...value.matchAll(/(?<!\d)(\d{3}) ?(\d{3}) ?(\d{3})(?!\d)/g)].map(
    (match) => `${match[1]}${match[2]}${match[3]}`,
  );
}
