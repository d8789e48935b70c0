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
