#!/usr/bin/env node
// FINDINGS W7: the popup fills (Forhåndsvis → Fyll ut valgte), the user then corrects a filled field,
// and Angre utfyllingen puts back what the page held before the fill, the correction included.
//   node test/e2e/forms/adversary-2/undo-after-edit.mjs <url> <package> <css of the field to edit> <value>
import { readFileSync } from "node:fs";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { fileURLToPath } from "node:url";
const [url, pkgPath, editSel, editVal] = process.argv.slice(2);
const copy = grantedCopy(fileURLToPath(new URL("../../../../dist/extension", import.meta.url)), [originPatternOf(url)]);
const s = await openExtensionSession(copy.dir);
try {
  await s.send({ type: "import-packages", files: [{ name: "p.hso.json", text: readFileSync(pkgPath, "utf8") }] });
  const { page } = await s.openTab(url);
  const pop = s.controlPage;
  await pop.reload();
  await pop.getByRole("button", { name: "Forhåndsvis utfylling" }).click();
  await pop.getByRole("button", { name: /Fyll ut valgte/ }).click();
  await pop.getByRole("button", { name: "Angre utfyllingen" }).waitFor();
  const vals = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll("input")].map((i) => [i.id, i.value])));
  console.log("after fill", JSON.stringify(await vals()));
  await page.locator(editSel).fill(editVal);
  console.log("user edited", JSON.stringify(await vals()));
  await pop.getByRole("button", { name: "Angre utfyllingen" }).click();
  await pop.waitForTimeout(1500);
  console.log("after undo", JSON.stringify(await vals()));
  console.log((await pop.locator("[role=status]").allInnerTexts()).join(" | ").replace(/\n/g, " "));
} finally { await s.close(); copy.remove(); }
