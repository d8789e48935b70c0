import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, it } from "vitest";
import { recordResults } from "./record";

const DIST = resolve(import.meta.dirname, "../dist/extension");

/** The scripts a page loads: its module entry, then every file those import statically, transitively. */
function popupScripts(): string[] {
  const html = readFileSync(resolve(DIST, "popup.html"), "utf8");
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) =>
    resolve(DIST, match[1] ?? ""),
  );
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(resolve(dirname(file), match[1] ?? ""));
    }
  }
  return [...seen];
}

it("records gzipKB.popup: the popup's JavaScript with every chunk it imports, gzip level 9", () => {
  const files = popupScripts();
  expect(files.length).toBeGreaterThan(1);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const kb = Math.round((bytes / 1024) * 10) / 10;
  console.log(`popup: ${files.map((file) => relative(DIST, file)).join(", ")} → ${kb} KB gzip`);
  recordResults({ gzipKB: { popup: kb } });
});
