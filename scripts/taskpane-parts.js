#!/usr/bin/env node
// What gzipKB.taskpane is made of: builds the add-in's pages with source maps into a temporary
// folder (dist/addin's JavaScript is not replaced), takes the files taskpane.html loads when it opens
// (as bench/taskpane.measure.ts counts them) and prints, per part of the source tree, the bytes of
// minified output and that part gzipped on its own (level 9); then the same for each chunk loaded
// only when used (gzipKB.taskpaneLazy). The parts' gzip figures add up to more than the whole: gzip
// shares across them.
// Usage: node scripts/taskpane-parts.js [depth]   (depth: path segments per part, default 2)
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { createBuilder, runnerImport } from "vite";

const ROOT = resolve(import.meta.dirname, "..");
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const depth = Number(process.argv[2] ?? 2);

/** The numbers of one source-map segment (base64 VLQ). */
function segmentValues(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The part a source belongs to: an npm package by name, else the first `depth` folders of its path. */
function partOf(source) {
  const path = relative(ROOT, source);
  const npm = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  return npm ? `npm:${npm[1]}` : path.split("/").slice(0, depth).join("/");
}

/** Adds each mapped stretch of a built file's text to its source's part. */
function collect(file, parts) {
  const map = JSON.parse(readFileSync(`${file}.map`, "utf8"));
  const lines = readFileSync(file, "utf8").split("\n");
  let source = 0;
  map.mappings.split(";").forEach((mapped, index) => {
    const line = lines[index] ?? "";
    const starts = [];
    let column = 0;
    for (const segment of mapped ? mapped.split(",") : []) {
      const values = segmentValues(segment);
      column += values[0];
      if (values.length > 1) source += values[1];
      starts.push([
        column,
        values.length > 1 ? partOf(resolve(dirname(file), map.sources[source])) : "(unmapped)",
      ]);
    }
    starts.forEach(([start, part], at) => {
      const end = starts[at + 1]?.[0] ?? line.length;
      parts.set(part, (parts.get(part) ?? "") + line.slice(start, end));
    });
  });
}

/** One table: each part's bytes and gzip alone, then the files' gzip together as the bench counts it. */
function printParts(title, files) {
  const parts = new Map();
  for (const file of files) collect(file, parts);
  const rows = [...parts].map(([part, text]) => [part, text.length, gzipSync(text, { level: 9 }).length]);
  console.log(`\n${title}`);
  for (const [part, raw, gzip] of rows.sort((a, b) => b[2] - a[2])) {
    console.log(`${(raw / 1024).toFixed(1).padStart(7)} ${(gzip / 1024).toFixed(1).padStart(6)}  ${part}`);
  }
  const whole = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  console.log(
    `KB minified, KB gzip of the part alone; the files together (source-map comments included): ${(whole / 1024).toFixed(1)} KB gzip`,
  );
}

const outDir = mkdtempSync(join(tmpdir(), "taskpane-parts-"));
try {
  const builder = await createBuilder({
    root: ROOT,
    configLoader: "runner",
    logLevel: "error",
    environments: { client: { build: { outDir, sourcemap: true } } },
  });
  await builder.build(builder.environments.client);
  const { module } = await runnerImport(resolve(ROOT, "addin/build/page-scripts.ts"));
  const { firstLoad, lazy } = module.pageLoads(outDir, "taskpane.html");
  printParts("First load (gzipKB.taskpane)", firstLoad);
  for (const [chunk, files] of lazy) {
    printParts(`Loaded only when used: ${chunk.replace(/-[\w-]{8}\.js$/, "")}`, files);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
