// One try of a form: import the package and (optionally) the profile into the extension, open the
// page, fill it as the popup's "Fyll ut" does, and photograph the result.

/** A failure the user can act on; `message` is Norwegian / English. */
export class TryFormError extends Error {}

/** The worker's refusals that say something about the page, in the user's words. */
const REFUSALS = {
  page_names_other_unit:
    "Siden gjelder en annen enhet enn pakken: ingenting ble fylt ut / the page is for another unit than the package: nothing was filled",
  page_names_other_year:
    "Siden gjelder et annet år enn pakken: ingenting ble fylt ut / the page is for another year than the package: nothing was filled",
  page_changed:
    "Siden flyttet seg før utfyllingen (annen adresse) / the page moved before the fill (another address)",
};

/**
 * Runs the try in an open extension session and answers the printed result.
 * @param {import("./extension-session.js").ExtensionSession} session
 * @param {{ url: string, packageName: string, packageText: string, profiles?: object[], screenshotPath: string }} input
 */
export async function fillOnce(session, input) {
  const pkg = await importPackage(session, input.packageName, input.packageText);
  for (const profile of input.profiles ?? []) await saveProfile(session, profile);
  const { tabId, page } = await session.openTab(input.url);
  if (page.url().startsWith("chrome-error:")) {
    throw new TryFormError(`Kunne ikke åpne / could not open ${input.url}`);
  }
  if (input.profiles !== undefined) await requireProfile(session, tabId, page.url());
  // The address the page opened at, as the popup would show it: the fill stops if the tab leaves it.
  const expect = { url: page.url(), origin: new URL(page.url()).origin };
  const filled = await session
    .send({ type: "fill-tab", tabId, org: pkg.org, year: pkg.year, mode: "fill", expect })
    .catch((error) => {
      throw REFUSALS[error.code] ? new TryFormError(REFUSALS[error.code]) : error;
    });
  // As the popup does: read again a bounded time after the fill, for fields the page changed back.
  const late = filled.undoAvailable ? await session.send({ type: "verify-fill", tabId }) : {};
  const result = late.result ?? filled;
  await page.waitForLoadState("load");
  await page.screenshot({ path: input.screenshotPath, fullPage: true });
  const ambiguous = result.rows.filter((row) => row.outcome === "ambiguous").flatMap((row) => row.ids);
  return {
    filled: result.filled,
    // A field still waiting for a reload when the worker gave up was not filled, nor an unclear one.
    missing: [...new Set([...result.missing, ...result.pending, ...ambiguous])],
    mismatched: result.mismatched.map((mismatch) => mismatch.id),
    // Added beside docs/try-form.md's three lists: not filled because two controls fitted equally well
    // (or one control fitted two figures); listed in "missing" too.
    ambiguous,
  };
}

async function importPackage(session, name, text) {
  const { results } = await session.send({ type: "import-packages", files: [{ name, text }] });
  const [result] = results;
  if (!result?.ok) {
    throw new TryFormError(`${result?.error?.nb ?? "Ukjent feil"} / ${result?.error?.en ?? "unknown error"}`);
  }
  if (!result.package.fillable) {
    const errors = result.package.issues
      .filter((issue) => issue.severity === "error")
      .map((issue) => `  ${issue.label.nb}: ${issue.text.nb} / ${issue.text.en}`);
    throw new TryFormError(
      `Pakken har feil og kan ikke fylles ut / the package has errors and cannot be filled:\n${errors.join("\n")}`,
    );
  }
  return result.package;
}

/** With --profile, the page must be one a profile of the file is for: labels are not tried instead. */
async function requireProfile(session, tabId, url) {
  const info = await session.send({ type: "tab-info", tabId });
  if (info.profile === undefined) {
    throw new TryFormError(
      `Ingen profil i filen har et adressemønster som passer ${url} / no profile in the file has an address pattern that matches ${url}`,
    );
  }
}

async function saveProfile(session, profile) {
  try {
    await session.send({ type: "save-profile", profile });
  } catch (error) {
    throw new TryFormError(`Profilen er ugyldig / the profile is invalid: ${error.message}`);
  }
}
