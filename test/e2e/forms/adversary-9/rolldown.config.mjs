// Builds every src/<form>.jsx (Fluent UI React v8, React, Vue 3, jQuery, Preact) into dist/<form>.js,
// one classic (iife) script each: `npx rolldown -c test/e2e/forms/adversary-9/rolldown.config.mjs`
// (or build.sh). dist/ is not committed.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const only = process.env.FORM;
export default readdirSync(`${here}src`)
  .filter((f) => /^[a-z]\d\d.*\.jsx?$/.test(f) && (!only || f.startsWith(only)))
  .map((f) => ({
    input: `${here}src/${f}`,
    platform: "browser",
    resolve: { alias: { vue: `${here}../../../../node_modules/vue/dist/vue.esm-bundler.js` } },
    transform: {
      define: {
        "process.env.NODE_ENV": '"production"',
        __VUE_OPTIONS_API__: "true",
        __VUE_PROD_DEVTOOLS__: "false",
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false",
      },
      jsx: f.startsWith("p") ? { runtime: "automatic", importSource: "preact" } : undefined,
    },
    output: { file: `${here}dist/${f.replace(/\.jsx?$/, ".js")}`, format: "iife", minify: true },
  }));
