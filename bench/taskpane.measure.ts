import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { pageScripts } from "../addin/build/page-scripts";
import { recordResults } from "./record";

const DIST = resolve(import.meta.dirname, "../dist/addin");

it("records gzipKB.taskpane: the task pane's JavaScript (Office.js is from the CDN), gzip level 9", () => {
  const files = pageScripts(DIST, "taskpane.html");
  expect(files.length).toBeGreaterThan(0);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const kb = Math.round((bytes / 1024) * 10) / 10;
  console.log(`task pane: ${files.map((file) => relative(DIST, file)).join(", ")} → ${kb} KB gzip`);
  recordResults({ gzipKB: { taskpane: kb } });
});
