#!/usr/bin/env node
// FINDINGS W0b: chooses the given package files on the extension's import page in one go, as the
// file dialog does, and prints the page (how many were read, imported, and which are listed).
//   node test/e2e/forms/adversary-2/import-page.mjs <package> <package> …
import { fileURLToPath } from "node:url";
import { openExtensionSession } from "../../../../scripts/try-form/extension-session.js";
const files = process.argv.slice(2);
const s = await openExtensionSession(fileURLToPath(new URL("../../../../dist/extension", import.meta.url)));
try {
  const p = await s.context.newPage();
  await p.goto(`chrome-extension://${s.extensionId}/import.html`);
  await p.waitForTimeout(1000);
  await p.locator("input[type=file]").setInputFiles(files);
  await p.waitForTimeout(2500);
  console.log(await p.locator("body").ariaSnapshot());
} finally { await s.close(); }
