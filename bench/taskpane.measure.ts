import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { pageLoads } from "../addin/build/page-scripts";
import { recordResults } from "./record";

const DIST = resolve(import.meta.dirname, "../dist/addin");

/** KB (one decimal) of the files gzipped one by one at level 9, as a browser fetches them. */
function gzipKB(files: readonly string[]): number {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

const names = (files: readonly string[]) => files.map((file) => relative(DIST, file)).join(", ");

it("records gzipKB.taskpane (the first load; Office.js is from the CDN) and the lazy chunks apart, gzip level 9", () => {
  const { firstLoad, lazy } = pageLoads(DIST, "taskpane.html");
  expect(firstLoad.length).toBeGreaterThan(0);
  const lazyFiles = [...new Set([...lazy.values()].flat())];
  const taskpane = gzipKB(firstLoad);
  console.log(`task pane, first load: ${names(firstLoad)} → ${taskpane} KB gzip`);
  for (const [chunk, files] of lazy) {
    console.log(`  loaded only when used: ${chunk} (+ ${names(files)}) → ${gzipKB(files)} KB gzip`);
  }
  // The save dialog's page shares the pane's file (addin/build/first-load-chunks.ts): said, not budgeted.
  const dialog = pageLoads(DIST, "commands.html").firstLoad;
  console.log(`save dialog (commands.html), first load: ${names(dialog)} → ${gzipKB(dialog)} KB gzip`);
  recordResults({
    gzipKB: {
      taskpane,
      // Downloaded only when a controller reads a package or RHF staff build the regional sheet.
      taskpaneLazy: gzipKB(lazyFiles),
      taskpaneAll: gzipKB([...firstLoad, ...lazyFiles]),
    },
  });
});
