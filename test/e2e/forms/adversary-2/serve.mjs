#!/usr/bin/env node
// The independent tester's second set of forms (FINDINGS.md). Serves this folder on two origins
// (http://127.0.0.1:8731 and, for the cross-origin iframe, http://127.0.0.1:8732), the UI
// libraries from node_modules under /vendor/, the Fluent UI React form bundled on start, an
// ASP.NET-WebForms-like postback page (/postback.aspx), and /state/<form>: every form posts what
// its own controls hold (its "page state") there on each change, so a tester can compare it with
// the package after `npm run try-form`.
//   node test/e2e/forms/adversary-2/serve.mjs [port] [crossPort]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { renderPostback } from "./postback.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(HERE, "../../../..");
const PORT = Number(process.argv[2] ?? 8731);
const CROSS = Number(process.argv[3] ?? 8732);
const STATE_DIR = process.env.STATE_DIR ?? join(tmpdir(), "hso-adversary-2-state");
mkdirSync(STATE_DIR, { recursive: true });

const VENDOR = {
  "/vendor/fluent-wc.js": "node_modules/@fluentui/web-components/dist/web-components-all.min.js",
  "/vendor/vue.js": "node_modules/vue/dist/vue.esm-browser.prod.js",
};
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".json": "application/json",
  // A stylesheet sent as octet-stream is ignored by a standards-mode page (round 9's first runs
  // saw every Bootstrap form unstyled); the same types as ../adversary-serve.mjs for rounds 3–9.
  ".css": "text/css",
  ".png": "image/png",
};

async function buildFluentReact() {
  const { build } = await import("vite");
  const outDir = join(tmpdir(), "hso-adversary-2-build");
  await build({
    root: HERE,
    configFile: false,
    logLevel: "error",
    mode: "production",
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry: join(HERE, "fluent-react/app.jsx"), formats: ["iife"], name: "FluentForm", fileName: () => "fluent-react.js" },
    },
    // Production JSX even when started under NODE_ENV=test (vitest): React's production build has no jsxDEV.
    oxc: { jsx: { runtime: "automatic", development: false } },
  });
  return readFileSync(join(outDir, "fluent-react.js"));
}

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

let fluentReact;
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
  if (path === "/postback.aspx") return renderPostback(req, res, await body(req), url);
  if (path === "/build/fluent-react.js") {
    fluentReact ??= await buildFluentReact();
    return send(res, 200, TYPES[".js"], fluentReact);
  }
  const file = VENDOR[path] ? join(ROOT, VENDOR[path]) : join(HERE, normalize(path === "/" ? "/index.html" : path));
  if (!file.startsWith(ROOT)) return send(res, 403, "text/plain", "no");
  try {
    return send(res, 200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
  } catch {
    return send(res, 404, "text/plain", "not found");
  }
}

for (const port of [PORT, CROSS]) {
  createServer((req, res) => handle(req, res).catch((e) => send(res, 500, "text/plain", String(e?.stack ?? e)))).listen(port, "127.0.0.1");
}
console.log(`http://127.0.0.1:${PORT}/ (cross-origin twin http://127.0.0.1:${CROSS}/), state in ${STATE_DIR}`);
