import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { ADDIN_ICON_SIZES, addinManifest } from "../../manifests/addin/addin-manifest.ts";
import { drawIcon } from "../../manifests/extension/draw-icon.ts";
import { addinUrl, DEV_ADDIN_URL } from "./addin-url.ts";
import { writeEmptyWorkbook } from "./playground-workbooks.ts";

/** The classic ES5 notice `taskpane.html` and `commands.html` load before their modules. */
export const OLD_EXCEL_NOTICE = resolve(import.meta.dirname, "../commands/old-excel-notice.js");

/**
 * Runs after the add-in's pages are written: the manifest for `HSO_ADDIN_URL` (or the development
 * address), the development manifest, the ribbon icons, the old-Excel notice and the playground's
 * empty workbook.
 */
export function writeAddinStatic(outDir: string): Plugin {
  return {
    name: "hso-addin-static",
    async writeBundle() {
      const url = addinUrl(process.env);
      writeFileSync(resolve(outDir, "manifest.xml"), addinManifest(url, { dev: url === DEV_ADDIN_URL }));
      writeFileSync(resolve(outDir, "manifest.dev.xml"), addinManifest(DEV_ADDIN_URL, { dev: true }));
      // A classic script, shipped as written (ES5): Vite bundles module scripts only.
      copyFileSync(OLD_EXCEL_NOTICE, resolve(outDir, "old-excel-notice.js"));
      mkdirSync(resolve(outDir, "icons"), { recursive: true });
      for (const size of ADDIN_ICON_SIZES) {
        writeFileSync(resolve(outDir, `icons/icon-${size}.png`), drawIcon(size));
      }
      // example.xlsx follows after the whole build, from the built CLI (vite.config.ts, buildApp).
      await writeEmptyWorkbook(outDir);
    },
  };
}
