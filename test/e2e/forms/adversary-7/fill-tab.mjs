#!/usr/bin/env node
// The message try-form sends, with its whole answer printed (each row's outcome, candidates,
// section, score) — FINDINGS.md uses it for the reasons try-form's summary leaves out.
//   [WAIT=ms] node test/e2e/forms/adversary-7/fill-tab.mjs <url> <package>[,<package>…] [fill|check] [--profile f]
// Several packages (comma-separated) are imported one after another, as one file dialog gives them.
// WAIT: how long after the page's load the "click" comes (a user clicks once the form shows).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
import { grantedCopy, originPatternOf } from "../../../../scripts/try-form/granted-copy.js";

const [url, pkgPath, mode = "fill", ...rest] = process.argv.slice(2);
const build = fileURLToPath(new URL("../../../../dist/extension", import.meta.url));
const copy = grantedCopy(build, [originPatternOf(url)]);
const session = await openExtensionSession(copy.dir);
try {
  let pkg;
  for (const path of pkgPath.split(",")) {
    const text = readFileSync(path, "utf8");
    const { results } = await session.send({ type: "import-packages", files: [{ name: path, text }] });
    pkg = results[0].package ?? pkg;
  }
  const at = rest.indexOf("--profile");
  if (at >= 0) {
    const value = JSON.parse(readFileSync(rest[at + 1], "utf8"));
    for (const profile of Array.isArray(value) ? value : (value.profiles ?? [value])) {
      await session.send({ type: "save-profile", profile });
    }
  }
  const { tabId, page } = await session.openTab(url);
  await page.waitForTimeout(Number(process.env.WAIT ?? 0));
  console.log("tab-info", JSON.stringify(await session.send({ type: "tab-info", tabId })));
  const expect = { url: page.url(), origin: new URL(page.url()).origin };
  const answer = await session
    .send({ type: "fill-tab", tabId, org: pkg.org, year: pkg.year, mode, expect })
    .catch((error) => ({ error: error.code ?? error.message }));
  for (const row of answer.rows ?? []) console.log(JSON.stringify(row));
  const { rows, labels, ...summary } = answer;
  console.log(JSON.stringify(summary));
  await page.waitForTimeout(1000);
} finally {
  await session.close();
  copy.remove();
}
