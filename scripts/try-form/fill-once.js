// One try of a form: import the package and (optionally) the profile into the extension, open the
// page, fill it as the popup's "Fyll ut" does, and photograph the result.

/** A failure the user can act on; `message` is Norwegian / English. */
export class TryFormError extends Error {}

/**
 * Runs the try in an open extension session and answers the printed result.
 * @param {import("./extension-session.js").ExtensionSession} session
 * @param {{ url: string, packageName: string, packageText: string, profile?: object, screenshotPath: string }} input
 */
export async function fillOnce(session, input) {
  const pkg = await importPackage(session, input.packageName, input.packageText);
  if (input.profile !== undefined) await saveProfile(session, input.profile);
  const { tabId, page } = await session.openTab(input.url);
  if (page.url().startsWith("chrome-error:")) {
    throw new TryFormError(`Kunne ikke åpne / could not open ${input.url}`);
  }
  const result = await session.send({ type: "fill-tab", tabId, org: pkg.org, year: pkg.year, mode: "fill" });
  await page.waitForLoadState("load");
  await page.screenshot({ path: input.screenshotPath, fullPage: true });
  return {
    filled: result.filled,
    // A field still waiting for a reload when the worker gave up was not filled.
    missing: [...result.missing, ...result.pending],
    mismatched: result.mismatched.map((mismatch) => mismatch.id),
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

async function saveProfile(session, profile) {
  try {
    await session.send({ type: "save-profile", profile });
  } catch (error) {
    throw new TryFormError(`Profilen er ugyldig / the profile is invalid: ${error.message}`);
  }
}
