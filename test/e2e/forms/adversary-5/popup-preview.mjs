#!/usr/bin/env node
// What a user sees in the popup: imports the package, opens the form, clicks "Forhåndsvis
// utfylling", prints the preview's text, clicks "Fyll ut valgte (n)" and prints the report.
// With "undo", clicks "Angre utfyllingen" afterwards and prints the popup and what the page
// would save (hsoAppState). Same session as try-form (dist/extension, the form's origin granted).
//   node test/e2e/forms/adversary-5/popup-preview.mjs <url> <package> [preview|undo]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";

const [url, pkgPath, only] = process.argv.slice(2);
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
  await fill.waitFor({ timeout: 15000 }).catch(() => {});
  console.log("PREVIEW:", await text(pop.locator("body")));
  if (only !== "preview" && (await fill.count())) {
    await fill.click();
    await pop
      .getByRole("button", { name: "Angre utfyllingen" })
      .waitFor({ timeout: 15000 })
      .catch(() => {});
    await pop.waitForTimeout(2500);
    console.log("REPORT:", await text(pop.locator("body")));
    console.log("PAGE WOULD SAVE:", JSON.stringify(await page.evaluate(() => window.hsoAppState?.())));
  }
  const undo = pop.getByRole("button", { name: "Angre utfyllingen" });
  if (only === "undo" && !(await undo.count())) console.log("AFTER FILL: no «Angre utfyllingen» button");
  else if (only === "undo") {
    await undo.click();
    await pop.waitForTimeout(1500);
    console.log("AFTER UNDO:", await text(pop.locator("[role=status]").last()));
    console.log("PAGE WOULD SAVE:", JSON.stringify(await page.evaluate(() => window.hsoAppState?.())));
  }
} finally {
  await session.close();
  copy.remove();
}
