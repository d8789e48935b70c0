#!/usr/bin/env node
// A user who ticks "Skriv over felt som har en annen verdi" in the popup, previews, and clicks
// "Fyll ut valgte (n)". Prints the preview, the report, what the page's boxes (data-k) hold and
// what the page would save (hsoAppState). Same session as try-form (dist/extension, origin granted).
//   node test/e2e/forms/adversary-5/popup-overwrite.mjs <url> <package>
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";

const [url, pkgPath] = process.argv.slice(2);
const build = fileURLToPath(new URL("../../../../dist/extension", import.meta.url));
const copy = grantedCopy(build, [originPatternOf(url)]);
const session = await openExtensionSession(copy.dir);
const text = async (locator) => (await locator.innerText()).replace(/\n+/g, " ⏎ ");
const boxes = () =>
  Object.fromEntries(
    [...document.querySelectorAll("[data-k]")].map((el) => [el.dataset.k, el.value ?? el.textContent]),
  );
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
  // The overwrite choice is offered with the preview; ticking it adds the differing rows.
  const overwrite = pop.getByRole("checkbox", { name: /Skriv over/ });
  if (await overwrite.count()) await overwrite.check();
  else console.log("NO OVERWRITE BOX:", await text(pop.locator("body")));
  await pop.waitForTimeout(500);
  // With overwrite chosen, the rows whose field holds another value get a tick box: tick them all.
  for (const row of await pop.locator("table input[type=checkbox]").all()) {
    if ((await row.isEnabled()) && !(await row.isChecked())) await row.check();
  }
  console.log("BUTTON:", await fill.innerText().catch(() => "none"));
  console.log("PREVIEW:", await text(pop.locator("body")));
  if ((await fill.count()) && (await fill.isEnabled())) {
    await fill.click();
    await pop
      .getByRole("button", { name: "Angre utfyllingen" })
      .waitFor({ timeout: 15000 })
      .catch(() => {});
    await pop.waitForTimeout(2500);
    console.log("REPORT:", await text(pop.locator("body")));
  }
  console.log("PAGE BOXES:", JSON.stringify(await page.evaluate(boxes)));
  console.log("PAGE WOULD SAVE:", JSON.stringify(await page.evaluate(() => window.hsoAppState?.())));
} finally {
  await session.close();
  copy.remove();
}
