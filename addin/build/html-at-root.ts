import { basename } from "node:path";
import type { Plugin } from "vite";

/**
 * Vite names an HTML entry's output after its path from the project root (`addin/taskpane.html`);
 * Office loads `taskpane.html` from the root of the site, so every page is moved there, links and all.
 */
export function htmlAtRoot(): Plugin {
  return {
    name: "hso-addin-html-at-root",
    generateBundle(_options, bundle) {
      for (const [key, output] of Object.entries(bundle)) {
        if (output.type !== "asset" || !key.endsWith(".html") || !key.includes("/")) continue;
        delete bundle[key];
        // Vite wrote the page's links relative to its old folder (`../taskpane.js`); make them root-relative.
        const up = "../".repeat(key.split("/").length - 1);
        const source = String(output.source).replaceAll(`="${up}`, '="./');
        this.emitFile({ type: "asset", fileName: basename(key), source });
      }
    },
  };
}
