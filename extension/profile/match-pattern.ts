/** A match pattern taken apart: `https://*.helse-sorost.no/skjema/*`. */
interface MatchPattern {
  scheme: "*" | "http" | "https";
  /** `*`, `*.example.no` or an exact host; a port, when given, must match too. */
  host: string;
  path: string;
}

// The WebExtensions match-pattern grammar (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
// without file:// and <all_urls>: a profile names intranet web origins, never everything.
const GRAMMAR = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/;

/** Parses a match pattern, or undefined when it does not follow the grammar. */
export function parseMatchPattern(pattern: string): MatchPattern | undefined {
  const parts = GRAMMAR.exec(pattern.trim());
  if (!parts) return undefined;
  const [, scheme, host, path] = parts;
  return { scheme: scheme as MatchPattern["scheme"], host: (host ?? "").toLowerCase(), path: path ?? "/" };
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
  return new RegExp(`^${escaped}$`);
}

function hostMatches(patternHost: string, url: URL): boolean {
  if (patternHost === "*") return true;
  const [name = "", port] = patternHost.split(":");
  if (port !== undefined && port !== url.port) return false;
  if (name.startsWith("*.")) {
    const domain = name.slice(2);
    return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
  }
  return url.hostname === name;
}

/** Whether a page's URL falls under a match pattern (path and query compared, as browsers do). */
export function matchesPattern(pattern: string, pageUrl: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed || !URL.canParse(pageUrl)) return false;
  const url = new URL(pageUrl);
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== "http" && scheme !== "https") return false;
  if (parsed.scheme !== "*" && parsed.scheme !== scheme) return false;
  return hostMatches(parsed.host, url) && globToRegExp(parsed.path).test(url.pathname + url.search);
}

/** The origin pattern host access is asked for (`https://intranett.helse-sorost.no/*`). */
export function originPattern(pattern: string): string | undefined {
  const parsed = parseMatchPattern(pattern);
  return parsed ? `${parsed.scheme}://${parsed.host}/*` : undefined;
}

/** Why a pattern may not name a form: it does not parse, or it reaches beyond one site. */
export type PatternProblem = "not_a_pattern" | "wildcard_scheme" | "wildcard_host";

/**
 * What is wrong with a profile's pattern, or undefined when it names one site. A `*` scheme or
 * host (as in "star colon slash slash star"), or a wildcard over a whole top-level domain
 * (`*.no`), would make the popup ask for access to every site under it: a profile names its
 * intranet's host.
 */
export function patternProblem(pattern: string): PatternProblem | undefined {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) return "not_a_pattern";
  if (parsed.scheme === "*") return "wildcard_scheme";
  const name = parsed.host.split(":")[0] ?? "";
  if (name === "*" || (name.startsWith("*.") && !name.slice(2).includes("."))) return "wildcard_host";
  return undefined;
}
