#!/usr/bin/env node
// A user previews in the popup, then does something on the page (clicks an element), then clicks
// "Fyll ut valgte (n)". Prints the popup's report and what the page would save (hsoAppState).
//   node test/e2e/forms/adversary-4/popup-switch-then-fill.mjs <url> <package> <css to click between>
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";

const [url, pkgPath, between] = process.argv.slice(2);
const build = fileURLToPath(new URL("../../../../dist/extension", import.meta.url));
const copy = grantedCopy(build, [originPatternOf(url)]);
const session = await openExtensionSession(copy.dir);
const text = async (locator) => (await locator.innerText()).replace(/\n+/g, " ⏎ ");
try {
  await session.send({
    type: "import-packages",
    files: [{ name: "p.hso.json", text: readFileSync(pkgPath, "utf8") }],
  });
  const { page } = await session.openTab(url);
  const pop = session.controlPage;
  await pop.reload();
  await pop.getByRole("button", { name: "Forhåndsvis utfylling" }).click();
  const fill = pop.getByRole("button", { name: /Fyll ut valgte/ });
  await fill.waitFor({ timeout: 15000 });
  console.log("PREVIEW button:", await fill.innerText());
  await page.locator(between).click();
  await page.waitForTimeout(300);
  await fill.click();
  await pop
    .getByRole("button", { name: "Angre utfyllingen" })
    .waitFor({ timeout: 15000 })
    .catch(() => {});
  await pop.waitForTimeout(2500);
  const report = await text(pop.locator("body"));
  console.log("REPORT:", report);
  console.log("PAGE WOULD SAVE:", JSON.stringify(await page.evaluate(() => window.hsoAppState?.())));
} finally {
  await session.close();
  copy.remove();
}
