#!/usr/bin/env node
// The independent tester's tenth set of forms (adversary-10) (FINDINGS.md). Serves this folder on
// http://127.0.0.1:19741 (and the same files on :19742 for a cross-origin frame), Vue 3 under
// /vendor/vue.js, and /state/<form>: every form posts what its own controls hold there on each
// change (state.js), so a tester can compare it with the package after `npm run try-form`.
//   node test/e2e/forms/adversary-10/serve.mjs [port] [crossPort]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(HERE, "../../../..");
const PORT = Number(process.argv[2] ?? 19741);
const CROSS = Number(process.argv[3] ?? 19742);
const STATE_DIR = process.env.STATE_DIR ?? join(tmpdir(), "adv10-state");
mkdirSync(STATE_DIR, { recursive: true });

const VENDOR = {
  "/vendor/vue.js": "node_modules/vue/dist/vue.esm-browser.prod.js",
  "/vendor/fluent-wc.js": "node_modules/@fluentui/web-components/dist/web-components-all.min.js",
};
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  // Without it Bootstrap's and Shoelace's stylesheets came as octet-stream, which a standards-mode
  // page ignores: round 9's first runs saw every Bootstrap form unstyled (`.row` as blocks).
  ".css": "text/css",
  ".png": "image/png",
};

function body(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function send(res, status, type, data) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(data);
}

async function handle(req, res) {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const path = decodeURIComponent(url.pathname);
  if (path.startsWith("/state/")) {
    const file = join(STATE_DIR, `${path.slice(7).replace(/[^a-z0-9-]/gi, "_")}.json`);
    if (req.method === "POST") {
      writeFileSync(file, await body(req));
      return send(res, 204, "text/plain", "");
    }
    try {
      return send(res, 200, TYPES[".json"], readFileSync(file));
    } catch {
      return send(res, 404, "text/plain", "no state");
    }
  }
  const file = VENDOR[path]
    ? join(ROOT, VENDOR[path])
    : join(HERE, normalize(path === "/" ? "/index.html" : path));
  if (!file.startsWith(ROOT)) return send(res, 403, "text/plain", "no");
  try {
    return send(res, 200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
  } catch {
    return send(res, 404, "text/plain", "not found");
  }
}

for (const port of [PORT, CROSS]) {
  createServer((req, res) =>
    handle(req, res).catch((e) => send(res, 500, "text/plain", String(e?.stack ?? e))),
  ).listen(port, "127.0.0.1");
}
console.log(
  `http://127.0.0.1:${PORT}/ (cross-origin twin http://127.0.0.1:${CROSS}/), state in ${STATE_DIR}`,
);
