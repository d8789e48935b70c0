#!/usr/bin/env node
// A user in the real popup: types a figure of their own into one box first (TYPE="<css>=<text>"), then
// "Forhåndsvis utfylling" → "Fyll ut valgte (n)" → "Angre utfyllingen". Prints the preview, the report,
// the undo message, and every [data-k] control (and the page's model, hsoAppState) before the fill,
// after it and after the undo, with each control that the undo did not give back its pre-fill value.
// EDIT="<css>=<text>": the user then changes one box the fill wrote (select all, type) before the undo.
// Same session as try-form (dist/extension, the form's origin granted).
//   [TYPE='#x=45'] [EDIT='#y=47'] [WAIT=6000] node test/e2e/forms/adversary-10/popup-undo.mjs <url> <package>
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";

const [url, pkgPath] = process.argv.slice(2);
const build = fileURLToPath(new URL("../../../../dist/extension", import.meta.url));
const copy = grantedCopy(build, [originPatternOf(url)]);
const session = await openExtensionSession(copy.dir);
const text = async (locator) => (await locator.innerText()).replace(/\n+/g, " ⏎ ");
const snap = (page) =>
  page.evaluate(() => {
    const out = {};
    const deepAll = (root, acc = []) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.dataset?.k) acc.push(el);
        if (el.shadowRoot) deepAll(el.shadowRoot, acc);
      }
      return acc;
    };
    for (const el of deepAll(document)) {
      const radio = el.querySelector?.("input[type=radio]:checked");
      out[el.dataset.k] = el.isContentEditable
        ? el.textContent.trim()
        : el.type === "checkbox"
          ? el.checked
          : "value" in el && !(el instanceof HTMLFieldSetElement)
            ? el.value
            : (radio?.value ?? "");
    }
    return { controls: out, model: window.hsoAppState?.() ?? null };
  });
try {
  await session.send({
    type: "import-packages",
    files: [{ name: "p.hso.json", text: readFileSync(pkgPath, "utf8") }],
  });
  const { page } = await session.openTab(url);
  await page.waitForTimeout(800);
  if (process.env.TYPE) {
    const at = process.env.TYPE.lastIndexOf("=");
    const [css, value] = [process.env.TYPE.slice(0, at), process.env.TYPE.slice(at + 1)];
    await page.locator(css).first().click();
    await page.keyboard.type(value);
    await page.keyboard.press("Tab");
  }
  const before = await snap(page);
  const pop = session.controlPage;
  await pop.reload();
  await pop.getByRole("button", { name: "Forhåndsvis utfylling" }).click();
  const fill = pop.getByRole("button", { name: /Fyll ut valgte/ });
  await fill.waitFor({ timeout: 15000 }).catch(() => {});
  console.log("PREVIEW:", await text(pop.locator("body")));
  if (!(await fill.count())) throw new Error("no «Fyll ut valgte» button");
  await fill.click();
  const undo = pop.getByRole("button", { name: "Angre utfyllingen" });
  await undo.waitFor({ timeout: 15000 }).catch(() => {});
  await pop.waitForTimeout(Number(process.env.WAIT ?? 2000));
  console.log("REPORT:", await text(pop.locator("body")));
  if (process.env.EDIT) {
    const at = process.env.EDIT.lastIndexOf("=");
    const [css, value] = [process.env.EDIT.slice(0, at), process.env.EDIT.slice(at + 1)];
    await page.locator(css).first().click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(value);
    await page.keyboard.press("Tab");
    await page.waitForTimeout(300);
  }
  const filled = await snap(page);
  if (!(await undo.count())) console.log("AFTER FILL: no «Angre utfyllingen» button");
  else {
    await undo.click();
    await pop.waitForTimeout(2000);
    console.log("AFTER UNDO:", await text(pop.locator("[role=status]").last()));
    // The undo's own message, wherever the popup puts it (the last status may still be the report).
    const body = (await pop.locator("body").innerText()).split(/\n+/);
    console.log(
      "UNDO LINES:",
      body.filter((l) => /angre|angret|tilbake|undo|restored|ikke satt/i.test(l)).join(" ⏎ "),
    );
  }
  const undone = await snap(page);
  console.log("BEFORE FILL:", JSON.stringify(before));
  console.log("AFTER FILL: ", JSON.stringify(filled));
  console.log("AFTER UNDO: ", JSON.stringify(undone));
  let bad = 0;
  for (const part of ["controls", "model"]) {
    for (const [k, v] of Object.entries(before[part] ?? {})) {
      if (JSON.stringify(undone[part]?.[k]) !== JSON.stringify(v)) {
        bad++;
        console.log(
          `NOT RESTORED (${part}): ${k}: before ${JSON.stringify(v)}, after undo ${JSON.stringify(undone[part]?.[k])}`,
        );
      }
    }
  }
  console.log("not restored:", bad);
} finally {
  await session.close();
  copy.remove();
}
