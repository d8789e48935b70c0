#!/usr/bin/env node
// A user making a profile on the options page by pointing (FINDINGS.md, "Profiles"): Ny profil → name and
// address pattern → "Pek ut felt på siden" → real clicks on each given control of the form's tab → Escape →
// "Lagre profil" → "Eksporter profiler (JSON)". Prints the options page after pointing and writes the
// export to <out>. Same session as try-form (dist/extension, the form's origin granted).
//   node test/e2e/forms/adversary-6/point-profile.mjs <url> <pattern> <out.json> <css> [<css> …]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";

const [url, pattern, out, ...targets] = process.argv.slice(2);
const build = fileURLToPath(new URL("../../../../dist/extension", import.meta.url));
const copy = grantedCopy(build, [originPatternOf(url)]);
const session = await openExtensionSession(copy.dir);
try {
  // PRE_PKG: a package imported before pointing (a user who imported this year's packages first).
  if (process.env.PRE_PKG)
    await session.send({
      type: "import-packages",
      files: [{ name: "pre.hso.json", text: readFileSync(process.env.PRE_PKG, "utf8") }],
    });
  const { page } = await session.openTab(url);
  await page.waitForTimeout(800);
  const opt = await session.context.newPage();
  await opt.goto(`chrome-extension://${session.extensionId}/options.html`);
  await opt.getByRole("button", { name: "Ny profil" }).click();
  await opt.getByLabel("Navn").fill(`Pekt ut ${new URL(url).pathname}`);
  await opt.getByLabel("Adressemønster").fill(pattern);
  await opt.getByRole("button", { name: "Pek ut felt på siden" }).click();
  await opt.waitForTimeout(1000);
  await page.bringToFront();
  for (const css of targets) {
    await page.locator(css).first().click();
    await page.waitForTimeout(300);
  }
  await page.keyboard.press("Escape");
  await page.waitForTimeout(800);
  await opt.bringToFront();
  await opt.waitForTimeout(500);
  console.log("OPTIONS AFTER POINTING:", (await opt.locator("body").innerText()).replace(/\n+/g, " ⏎ "));
  await opt.getByRole("button", { name: "Lagre profil" }).click();
  await opt.waitForTimeout(500);
  const [download] = await Promise.all([
    opt.waitForEvent("download", { timeout: 5000 }),
    opt.getByRole("button", { name: "Eksporter profiler (JSON)" }).click(),
  ]);
  const path = await download.path();
  writeFileSync(out, readFileSync(path));
  console.log("EXPORT:", readFileSync(out, "utf8"));
  // FILL_URL / FILL_PKG: then fill another page with the profile as stored (not the export), in this session.
  if (process.env.FILL_URL) {
    console.log(
      "STORED:",
      JSON.stringify(
        await session.controlPage.evaluate(async () => ({
          ...(await chrome.storage.local.get()),
          ...(await chrome.storage.sync.get()),
        })),
      ),
    );
    const { results } = await session.send({
      type: "import-packages",
      files: [{ name: "p.hso.json", text: readFileSync(process.env.FILL_PKG, "utf8") }],
    });
    const pkg = results[0].package;
    const { tabId, page: p2 } = await session.openTab(process.env.FILL_URL);
    await p2.waitForTimeout(800);
    const answer = await session.send({
      type: "fill-tab",
      tabId,
      org: pkg.org,
      year: pkg.year,
      mode: "fill",
      expect: { url: p2.url(), origin: new URL(p2.url()).origin },
    });
    for (const row of answer.rows ?? []) if (row.outcome !== "not_found") console.log(JSON.stringify(row));
    console.log(
      "PAGE:",
      JSON.stringify(
        await p2.evaluate(() =>
          Object.fromEntries([...document.querySelectorAll("[data-k]")].map((e) => [e.dataset.k, e.value])),
        ),
      ),
    );
  }
} finally {
  await session.close();
  copy.remove();
}
