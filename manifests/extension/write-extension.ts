import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import type { Plugin } from "rolldown";
import { drawIcon } from "./draw-icon.ts";
import { chromiumManifest, firefoxManifest, ICON_SIZES } from "./manifest.ts";

const here = (path: string) => resolve(import.meta.dirname, path);

/**
 * Vite names an HTML output after its path from the project root (`extension/pages/popup.html`)
 * and, with base "./", writes its script and style URLs relative to that place (`../../popup.js`).
 * The extension wants its pages at the root, so they are re-emitted there with the URLs made
 * relative to the root (`./popup.js`).
 */
export function pagesAtRoot(): Plugin {
  return {
    name: "hso-pages-at-root",
    generateBundle(_options, bundle) {
      for (const [key, output] of Object.entries(bundle)) {
        if (output.type !== "asset" || !key.endsWith(".html") || !key.includes("/")) continue;
        delete bundle[key];
        const up = "../".repeat(key.split("/").length - 1);
        const source = String(output.source).replaceAll(`"${up}`, '"./');
        this.emitFile({ type: "asset", fileName: basename(key), source });
      }
    },
  };
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Everything beside the bundles: manifest, locales, managed-storage schema, icons. */
function writeStatic(outDir: string, manifest: unknown): void {
  writeJson(resolve(outDir, "manifest.json"), manifest);
  cpSync(here("_locales"), resolve(outDir, "_locales"), { recursive: true });
  cpSync(here("managed-schema.json"), resolve(outDir, "managed-schema.json"));
  mkdirSync(resolve(outDir, "icons"), { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(resolve(outDir, `icons/icon-${size}.png`), drawIcon(size));
}

/**
 * Runs after the last extension bundle (the content script) is written: writes the Chromium manifest
 * into `dist/extension`, then copies the whole build to `dist/extension-firefox` with Firefox's manifest.
 */
export function writeExtension(outDir: string): Plugin {
  return {
    name: "hso-write-extension",
    writeBundle() {
      const version = JSON.parse(readFileSync(here("../../package.json"), "utf8")).version as string;
      writeStatic(outDir, chromiumManifest(version));
      const firefoxDir = `${outDir}-firefox`;
      rmSync(firefoxDir, { recursive: true, force: true });
      cpSync(outDir, firefoxDir, { recursive: true });
      rmSync(resolve(firefoxDir, "managed-schema.json"));
      writeJson(resolve(firefoxDir, "manifest.json"), firefoxManifest(version));
    },
  };
}
