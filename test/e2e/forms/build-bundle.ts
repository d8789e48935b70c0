import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "vite";

/**
 * Bundles one test form (a file beside this one) with its UI library from npm into a single
 * classic script, in a temporary folder, and returns its text; the folder is removed again.
 */
export async function buildBundle(file: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "hso-form-"));
  try {
    await build({
      configFile: false,
      logLevel: "warn",
      define: {
        "process.env.NODE_ENV": JSON.stringify("production"),
        __VUE_OPTIONS_API__: "true",
        __VUE_PROD_DEVTOOLS__: "false",
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
      },
      resolve: { alias: { vue: "vue/dist/vue.esm-bundler.js" } },
      build: {
        outDir,
        emptyOutDir: true,
        minify: false,
        lib: {
          entry: resolve(import.meta.dirname, file),
          formats: ["iife"],
          name: "Form",
          fileName: () => "form.js",
        },
      },
    });
    return readFileSync(join(outDir, "form.js"), "utf8");
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** A page that loads one bundled form from `script`. */
export function bundlePage(title: string, script: string, lang = "nb"): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="root"></div><script src="${script}"></script></body></html>`;
}
