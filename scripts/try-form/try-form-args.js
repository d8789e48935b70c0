// The command line of `npm run try-form`: <url> <package> [--profile <file>] [--headed].

/** What to show when the command line is wrong. */
export const USAGE =
  "Bruk / usage: npm run try-form -- <url> <pakke.hso.json> [--profile <profil.json>] [--headed]";

/**
 * Reads the arguments; answers `{ error }` (Norwegian / English) when they are not usable.
 * @param {string[]} argv the arguments after the script name
 * @returns {{ url: string, packagePath: string, profilePath?: string, headed: boolean } | { error: string }}
 */
export function parseTryFormArgs(argv) {
  const positional = [];
  let profilePath;
  let headed = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === "--profile") {
      profilePath = argv[++index];
      if (profilePath === undefined)
        return { error: "--profile mangler filnavn / --profile needs a file name" };
    } else if (argument === "--headed") headed = true;
    else if (argument.startsWith("--")) return { error: `Ukjent valg / unknown option: ${argument}` };
    else positional.push(argument);
  }
  const [url, packagePath, ...extra] = positional;
  if (url === undefined || packagePath === undefined || extra.length > 0) return { error: USAGE };
  if (!isWebAddress(url)) return { error: `Ikke en http(s)-adresse / not an http(s) address: ${url}` };
  return { url, packagePath, profilePath, headed };
}

function isWebAddress(text) {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
