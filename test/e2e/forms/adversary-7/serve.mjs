#!/usr/bin/env node
// The independent tester's seventh set of forms (adversary-7) (FINDINGS.md). Serves this folder on
// http://127.0.0.1:19671 (and the same files on :19672 for a cross-origin frame), Vue 3 under
// /vendor/vue.js, and /state/<form>: every form posts what its own controls hold there on each
// change (state.js), so a tester can compare it with the package after `npm run try-form`.
// The server itself is ../adversary-serve.mjs, the same for rounds 3 to 9.
//   node test/e2e/forms/adversary-7/serve.mjs [port] [crossPort]
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serveRound } from "../adversary-serve.mjs";

serveRound({
  folder: fileURLToPath(new URL(".", import.meta.url)),
  port: Number(process.argv[2] ?? 19671),
  crossPort: Number(process.argv[3] ?? 19672),
  stateDir: process.env.STATE_DIR ?? join(tmpdir(), "adv7-state"),
  vendor: {
    "/vendor/vue.js": "node_modules/vue/dist/vue.esm-browser.prod.js",
    "/vendor/fluent-wc.js": "node_modules/@fluentui/web-components/dist/web-components-all.min.js",
  },
});
