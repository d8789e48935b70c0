import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** The browser the browser tests drive: `HSO_BROWSER` (an installed Edge or Chrome), else Debian's Chromium. */
export const BROWSER = process.env.HSO_BROWSER ?? "/usr/bin/chromium";

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(delimiter).some((folder) => existsSync(join(folder, command)));
}

/**
 * Vitest's global setup for the browser tests: before any test starts, say in one line what this
 * machine lacks and how to get it, instead of a Playwright stack trace from the first launch.
 */
export default function checkEnvironment(): void {
  if (!onPath("soffice")) {
    console.warn(
      "LibreOffice (soffice) mangler / is missing: the LibreOffice test is skipped. Install: bash .ci/run (Debian/Ubuntu)",
    );
  }
  if (existsSync(BROWSER)) return;
  console.error(
    `Nettleseren ${BROWSER} mangler / the browser ${BROWSER} is missing. Debian/Ubuntu: bash .ci/run (installs chromium); Windows/Mac: HSO_BROWSER=<path to Edge or Chrome> npm test`,
  );
  process.exit(1);
}
