// The server of the independent tester's rounds 3 to 9 (adversary-<n>/serve.mjs says each round's
// ports, state folder and vendor files): one round's folder on two origins (the second for a
// cross-origin frame), the vendor files from node_modules, and /state/<form>, where every form
// posts what its own controls hold on each change (state.js), so a tester can compare it with the
// package after `npm run try-form` (run.sh). Round 2's serve.mjs has routes of its own and stays apart.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(fileURLToPath(new URL(".", import.meta.url)), "../../..");
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

/**
 * Serves `folder` on 127.0.0.1 at `port` and `crossPort`, the `vendor` paths (URL path → file in
 * the checkout) and /state/<form> kept in `stateDir`.
 */
export function serveRound({ folder, port, crossPort, stateDir, vendor }) {
  mkdirSync(stateDir, { recursive: true });

  async function handle(req, res) {
    const url = new URL(req.url, `http://${req.headers.host}`);
    const path = decodeURIComponent(url.pathname);
    if (path.startsWith("/state/")) {
      const file = join(stateDir, `${path.slice(7).replace(/[^a-z0-9-]/gi, "_")}.json`);
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
    const file = vendor[path]
      ? join(ROOT, vendor[path])
      : join(folder, normalize(path === "/" ? "/index.html" : path));
    if (!file.startsWith(ROOT)) return send(res, 403, "text/plain", "no");
    try {
      return send(res, 200, TYPES[extname(file)] ?? "application/octet-stream", readFileSync(file));
    } catch {
      return send(res, 404, "text/plain", "not found");
    }
  }

  for (const listening of [port, crossPort]) {
    createServer((req, res) =>
      handle(req, res).catch((e) => send(res, 500, "text/plain", String(e?.stack ?? e))),
    ).listen(listening, "127.0.0.1");
  }
  console.log(
    `http://127.0.0.1:${port}/ (cross-origin twin http://127.0.0.1:${crossPort}/), state in ${stateDir}`,
  );
}
