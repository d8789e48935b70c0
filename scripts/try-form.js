#!/usr/bin/env node
// npm run try-form -- <url> <package> [--profile <file>] [--wait-for <css>] [--wait <seconds>] [--headed]
// For an administrator checking a new intranet form (docs/try-form.md): builds nothing, launches
// /usr/bin/chromium with the built extension, fills the page from the package as a user's click
// would, prints {"filled":[…],"missing":[…],"mismatched":[…]} and saves <package>.png.
// Exit: 0 filled (or every field found already held its figure) with no mismatch, 1 something
// mismatched or nothing filled, 2 unusable input.
import { readFileSync, statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { grantedCopy, isBuiltExtension, originPatternOf } from "./try-form/granted-copy.js";
import { parseTryFormArgs } from "./try-form/try-form-args.js";

const EXTENSION_DIR =
  process.env.HSO_EXTENSION_DIR ?? fileURLToPath(new URL("../dist/extension", import.meta.url));

function fail(message) {
  console.error(message);
  process.exit(2);
}

function readText(path, what) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    return fail(
      `Kan ikke lese ${what.nb} / cannot read the ${what.en} ${path}: ${error.code ?? error.message}`,
    );
  }
}

// Files larger than this are not even read: the extension's reader refuses far smaller ones with its
// limit (extension/profile/profile-limits.ts, docs/extension.md), and a message must fit the browser's.
const MAX_READ_BYTES = 32 * 1024 * 1024;

/**
 * The text of a --profile file, as the options page would import it: the extension's worker reads
 * and checks it (import-profiles), with the same reader as the options page.
 */
function readProfilesText(path) {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch {
    // readText says why it cannot be read
  }
  if (size > MAX_READ_BYTES)
    fail(
      `Profilfilen er på ${size} byte, for stor til å leses / the profile file is ${size} bytes, too large to read`,
    );
  return readText(path, { nb: "profilen", en: "profile" });
}

/**
 * The summary line, nb / en: how many were filled (and how many found already held the package's
 * figure: " (4 hadde tallet fra før)"), not found and mismatched, and the screenshot's path.
 */
function summaryLine(result, held, screenshotPath) {
  const [filled, missing, mismatched] = [result.filled, result.missing, result.mismatched].map(
    (list) => list.length,
  );
  const [heldNb, heldEn] =
    held === 0 ? ["", ""] : [` (${held} hadde tallet fra før)`, ` (${held} already held it)`];
  return (
    `Fylt ut ${filled}${heldNb}, ikke funnet ${missing}, avviker ${mismatched}. Skjermbilde: ${screenshotPath}` +
    ` / filled ${filled}${heldEn}, not found ${missing}, mismatched ${mismatched}. Screenshot: ${screenshotPath}`
  );
}

/**
 * What the page's own code did to the figures written: how many it changed (the fields were found
 * and written: not a form drawn late), and by their labels those not put back, which hold a figure
 * that is not the package's.
 */
function pageLines({ changedByPage, notRestored }) {
  if (changedByPage === 0) return [];
  const written =
    changedByPage === 1
      ? "1 felt ble skrevet, men siden endret det (se mismatched) / 1 field was written but the page changed it (see mismatched)"
      : `${changedByPage} felt ble skrevet, men siden endret dem (se mismatched) / ${changedByPage} fields were written but the page changed them (see mismatched)`;
  return [
    written,
    ...notRestored.map(
      (label) =>
        `Ikke satt tilbake, feltet har et tall som ikke er pakkens: ${label} / not put back, the field holds a figure that is not the package's`,
    ),
  ];
}

/** A profile locator whose CSS does not parse, by field and number: the profile's fault, not the page's. */
function invalidCssLines(invalid) {
  return invalid.map(({ label, id, locator, path }) => {
    const nb = label ? `«${label.nb}»` : id;
    const en = label ? `"${label.en}"` : id;
    return `Ugyldig CSS-velger i profilen for ${nb}, søkemåte nr. ${locator}: ${path} / invalid CSS selector in the profile for ${en}, locator no. ${locator}: ${path}`;
  });
}

/** Why a frame got no figures (the worker's reasons: extension/messages.ts SkippedFrame), nb / en. */
const FRAME_REASONS = {
  unreachable:
    "utvidelsen har ikke tilgang (annen opprinnelse) / the extension has no access (another origin)",
  other_origin: "annen opprinnelse enn siden: fylles aldri ut / another origin than the page: never filled",
  outside_profile: "utenfor profilens adressemønster / outside the profile's address pattern",
  other_unit: "gjelder en annen enhet enn pakken / names another unit than the package",
  other_year: "gjelder et annet år enn pakken / names another year than the package",
};

/** The frames that got nothing, each by its address and why (adversary-4 B18: h18's cross-origin frame). */
function frameLines(skippedFrames) {
  return skippedFrames.map(
    (frame) =>
      `Ramme ikke fylt ut / frame not filled: ${frame.url}${frame.title ? ` «${frame.title}»` : ""}: ${FRAME_REASONS[frame.reason] ?? frame.reason}`,
  );
}

const args = parseTryFormArgs(process.argv.slice(2));
if ("error" in args) fail(args.error);
if (!isBuiltExtension(EXTENSION_DIR)) {
  fail(
    `Fant ikke utvidelsen i ${EXTENSION_DIR}: kjør npm run build først / the extension is not built: run npm run build first`,
  );
}
const packagePath = resolve(args.packagePath);
const packageText = readText(packagePath, { nb: "pakken", en: "package" });
const profilesText = args.profilePath === undefined ? undefined : readProfilesText(args.profilePath);

// Loaded after the checks, so a wrong command line answers at once.
const { openExtensionSession } = await import("./try-form/extension-session.js");
const { fillOnce, TryFormError } = await import("./try-form/fill-once.js");
const copy = grantedCopy(EXTENSION_DIR, [originPatternOf(args.url)]);
let exitCode = 2;
let session;
try {
  session = await openExtensionSession(copy.dir, { headed: args.headed });
  const screenshotPath = `${packagePath}.png`;
  const tried = await fillOnce(session, {
    url: args.url,
    packageName: basename(packagePath),
    packageText,
    profilesText,
    screenshotPath,
    waitFor: args.waitFor,
    waitSeconds: args.waitSeconds,
  });
  const result = tried.lists;
  console.log(JSON.stringify(result));
  console.error(summaryLine(result, tried.matched.length, screenshotPath));
  for (const line of frameLines(tried.skippedFrames)) console.error(line);
  for (const line of pageLines(tried)) console.error(line);
  for (const line of invalidCssLines(tried.invalidCss)) console.error(line);
  if (tried.reloadMissed) {
    // The worker's wait (wait-for-reload.ts RELOAD_LIMITS.startMs), as its result says it.
    const { seconds } = tried.reloadMissed;
    console.error(
      `Et felt som skulle laste siden på nytt, gjorde det ikke innen ${seconds} s; de andre feltene ble fylt ut på samme side / a field that was to reload the page did not do so within ${seconds} s; the other fields were filled on the same page`,
    );
  }
  // Only a page where no field fitted may be one that draws its form late.
  if (result.filled.length === 0 && tried.nothingFound && args.waitFor === undefined)
    console.error(
      "Ingen felt ble fylt ut. Tegner siden skjemaet sent (etter et tregt API-kall)? Prøv --wait-for <css-velger for et felt> / nothing was filled. Does the page render its form late? Try --wait-for <css selector of a field>",
    );
  // A page whose every field found already held its figure is no failure: nothing was left to write.
  const nothingThere = result.filled.length === 0 && tried.matched.length === 0;
  exitCode = result.mismatched.length > 0 || nothingThere ? 1 : 0;
} catch (error) {
  console.error(
    error instanceof TryFormError
      ? error.message
      : `Uventet feil / unexpected error: ${error.stack ?? error}`,
  );
} finally {
  await session?.close().catch(() => undefined);
  copy.remove();
}
process.exit(exitCode);
