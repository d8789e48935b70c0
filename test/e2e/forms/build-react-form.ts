import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";

/**
 * Bundles the React test form with React from npm (React 19 ships no browser build) into one
 * script, in a temporary folder, and returns its text; the folder is removed again.
 */
export async function buildReactForm(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "hso-react-form-"));
  try {
    await build({
      configFile: false,
      logLevel: "warn",
      define: { "process.env.NODE_ENV": JSON.stringify("production") },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: resolve(import.meta.dirname, "react-form.js"),
          formats: ["iife"],
          name: "ReactForm",
          fileName: () => "react-form.js",
        },
      },
    });
    return readFileSync(join(outDir, "react-form.js"), "utf8");
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The page that loads the bundled React form. */
export const REACT_PAGE = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser (React)</title></head>
<body><div id="root"></div><script src="/react/react-form.js"></script></body></html>`;
