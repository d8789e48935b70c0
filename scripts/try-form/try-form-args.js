// The command line of `npm run try-form`: <url> <package> [--profile <file>] [--wait-for <css>]
// [--wait <seconds>] [--headed].

/** What to show when the command line is wrong. */
export const USAGE =
  "Bruk / usage: npm run try-form -- <url> <pakke.hso.json> [--profile <profil.json>] [--wait-for <css>] [--wait <sekunder>] [--headed]";

/** The longest a try waits for a late form (`--wait`), in seconds. */
export const MAX_WAIT_SECONDS = 300;

/**
 * Reads the arguments; answers `{ error }` (Norwegian / English) when they are not usable.
 * @param {string[]} argv the arguments after the script name
 * `--wait-for <css>`: fill once an element the selector matches is shown (a form that renders
 * late, behind a slow API), at most `--wait` seconds (60 by default); `--wait <seconds>` alone:
 * fill that long after the page has loaded, as a user clicks once the form is there.
 * @returns {{ url: string, packagePath: string, profilePath?: string, waitFor?: string, waitSeconds?: number, headed: boolean } | { error: string }}
 */
export function parseTryFormArgs(argv) {
  const positional = [];
  let profilePath;
  let waitFor;
  let waitSeconds;
  let headed = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--profile") {
      profilePath = argv[++index];
      if (profilePath === undefined)
        return { error: "--profile mangler filnavn / --profile needs a file name" };
    } else if (argument === "--wait-for") {
      waitFor = argv[++index];
      if (waitFor === undefined || waitFor.trim() === "")
        return { error: "--wait-for mangler en CSS-velger / --wait-for needs a CSS selector" };
    } else if (argument === "--wait") {
      waitSeconds = Number(argv[++index]);
      if (!Number.isFinite(waitSeconds) || waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS)
        return {
          error: `--wait tar et antall sekunder fra 0 til ${MAX_WAIT_SECONDS} / --wait takes seconds from 0 to ${MAX_WAIT_SECONDS}`,
        };
    } else if (argument === "--headed") headed = true;
    else if (argument.startsWith("--")) return { error: `Ukjent valg / unknown option: ${argument}` };
    else positional.push(argument);
  }
  const [url, packagePath, ...extra] = positional;
  if (url === undefined || packagePath === undefined || extra.length > 0) return { error: USAGE };
  if (!isWebAddress(url)) return { error: `Ikke en http(s)-adresse / not an http(s) address: ${url}` };
  return { url, packagePath, profilePath, waitFor, waitSeconds, headed };
}

function isWebAddress(text) {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
