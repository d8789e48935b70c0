#!/usr/bin/env node
// The published command: the bundled CLI lives in dist/cli (built by `vite build`, which `npm ci` runs).
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    "hso-report: dist/cli/main.js mangler; kjør `npm run build` / missing; run `npm run build`.\n",
  );
  process.exit(2);
}
const { main } = await import(entry.href);
await main();
