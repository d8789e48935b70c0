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
 * Runs the try in an open extension session and answers the printed lists, with what the page's
 * own code did to the figures written (how many it changed, those not put back by their labels).
 * @param {import("./extension-session.js").ExtensionSession} session
 * @param {{ url: string, packageName: string, packageText: string, profilesText?: string, screenshotPath: string, waitFor?: string, waitSeconds?: number }} input
 */
export async function fillOnce(session, input) {
  const pkg = await importPackage(session, input.packageName, input.packageText);
  if (input.profilesText !== undefined) await importProfiles(session, input.profilesText);
  const { tabId, page } = await session.openTab(input.url);
  if (page.url().startsWith("chrome-error:")) {
    throw new TryFormError(`Kunne ikke åpne / could not open ${input.url}`);
  }
  await waitForForm(page, input);
  if (input.profilesText !== undefined) await requireProfile(session, tabId, page.url());
  // The address the page opened at, as the popup would show it: the fill stops if the tab leaves it.
  const expect = { url: page.url(), origin: new URL(page.url()).origin };
  const filled = await session
    .send({ type: "fill-tab", tabId, org: pkg.org, year: pkg.year, mode: "fill", expect })
    .catch((error) => {
      throw REFUSALS[error.code] ? new TryFormError(REFUSALS[error.code]) : error;
    });
  // As the popup does: read again a bounded time after the fill, for fields the page changed back,
  // and on the new page when the tab loaded again during the fill (nothing to undo there).
  const late =
    filled.undoAvailable || filled.navigatedAfterFill
      ? await session.send({ type: "verify-fill", tabId })
      : {};
  const result = late.result ?? filled;
  await page.waitForLoadState("load");
  await page.screenshot({ path: input.screenshotPath, fullPage: true });
  const idsOf = (outcome) => result.rows.filter((row) => row.outcome === outcome).flatMap((row) => row.ids);
  const ambiguous = idsOf("ambiguous");
  // A figure the field's own limit refused (max, step, maxlength, pattern) was found and put back:
  // the page holds something else than the package, which is what "mismatched" says (docs/try-form.md).
  const refused = new Set(idsOf("refused"));
  // Written, then changed by the page's own code (put back, or not kept): as the popup counts them
  // (extension/pages/popup/row-text.ts, changedByPage).
  // A value the fill left alone that the page overwrote was not written: its row says so itself.
  const changed = result.rows.filter(
    (row) => row.overwritten === undefined && (row.restored !== undefined || row.outcome === "not_kept"),
  );
  const labelOf = (row) => {
    const label = result.labels[row.ids[0]];
    return label ? `«${label.nb}» / "${label.en}"` : row.ids[0];
  };
  return {
    lists: {
      filled: result.filled,
      // A field still waiting for a reload when the worker gave up was not filled, nor an unclear one.
      missing: [...new Set([...result.missing, ...result.pending, ...ambiguous])].filter(
        (id) => !refused.has(id),
      ),
      mismatched: [...new Set([...result.mismatched.map((mismatch) => mismatch.id), ...refused])],
      // Added beside docs/try-form.md's three lists: not filled because two controls fitted equally well
      // (or one control fitted two figures); listed in "missing" too.
      ambiguous,
    },
    // Found holding the package's figure already: nothing to write, nothing wrong (adversary-4 B18).
    matched: result.matched,
    skippedFrames: result.skippedFrames,
    changedByPage: changed.length,
    // A profile's CSS locator the browser's parser refuses (the worker names it: background/invalid-css.ts).
    invalidCss: result.rows.flatMap((row) =>
      (row.invalidCss ?? []).map((css) => ({ label: result.labels[row.ids[0]], id: row.ids[0], ...css })),
    ),
    notRestored: changed.filter((row) => row.restored === false).map(labelOf),
    // A field was to reload the page and did not within the worker's wait, in seconds: the rest
    // was filled on the same page (fill-rounds.ts).
    reloadMissed: result.reloadMissed ? { seconds: result.reloadMissed.waitedMs / 1000 } : undefined,
    // No field of the page fitted any figure: what a form drawn after the page loaded looks like.
    nothingFound: result.rows.every((row) => row.outcome === "not_found"),
  };
}

/** The longest `--wait-for` waits unless `--wait` says otherwise, in seconds. */
const WAIT_FOR_SECONDS = 60;

/**
 * Waits, when asked, for a form that renders after the page has loaded: until an element
 * `--wait-for` names is shown (open shadow roots included: Playwright's CSS pierces them), or
 * `--wait` seconds. The extension's own wait for late fields ends when the page has been still for
 * a moment; a form behind a slow API can come later than that, when a user would still click.
 */
async function waitForForm(page, { waitFor, waitSeconds }) {
  if (waitFor === undefined) {
    if (waitSeconds !== undefined) await page.waitForTimeout(waitSeconds * 1000);
    return;
  }
  const seconds = waitSeconds ?? WAIT_FOR_SECONDS;
  try {
    await page.waitForSelector(waitFor, { state: "visible", timeout: seconds * 1000 });
  } catch (error) {
    throw new TryFormError(
      error?.name === "TimeoutError"
        ? `Siden viste ikke ${waitFor} innen ${seconds} s: ingenting ble fylt ut / the page did not show ${waitFor} within ${seconds} s: nothing was filled`
        : `Ugyldig CSS-velger for --wait-for / invalid CSS selector for --wait-for: ${waitFor}`,
    );
  }
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

/**
 * Saves the --profile file's profiles in the extension, all or none, read by the worker as the
 * options page reads an import: each refusal with where it is, Norwegian first.
 */
async function importProfiles(session, text) {
  const { errors } = await session.send({ type: "import-profiles", text });
  if (errors.length > 0) {
    const lines = errors.map((words) => `  ${words.nb}\n    ${words.en}`);
    throw new TryFormError(`Profilen er ugyldig / the profile is invalid:\n${lines.join("\n")}`);
  }
}
