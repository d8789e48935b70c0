import { resolve } from "node:path";
import type { EnvironmentOptions } from "vite";
import { pagesAtRoot, writeExtension } from "../manifests/extension/write-extension.ts";
import { libraryFromSource } from "./build/library-from-source.ts";
import { nativePolyfills } from "./build/native-polyfills.ts";
import { terserPass } from "./build/terser-pass.ts";
import { zodWithoutEvalProbe } from "./build/zod-without-eval-probe.ts";

const here = (path: string) => resolve(import.meta.dirname, path);
const OUT_DIR = resolve(import.meta.dirname, "../dist/extension");

/** Extension pages (at the root of the build) and the service worker (an ES module worker). */
export const extensionEnvironment: EnvironmentOptions = {
  // A browser consumer: npm packages (preact, zod, the polyfill) are bundled, never left as bare imports.
  consumer: "client",
  build: {
    outDir: "dist/extension",
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        popup: here("pages/popup.html"),
        import: here("pages/import.html"),
        options: here("pages/options.html"),
        background: here("background/service-worker.ts"),
      },
      output: { entryFileNames: "[name].js", chunkFileNames: "chunks/[name]-[hash].js" },
      plugins: [pagesAtRoot(), zodWithoutEvalProbe()],
    },
  },
};

/**
 * Pointing at fields and testing a profile (content/profile-tools.ts): a classic script of its own,
 * injected only when the options page asks, so the content script stays small; the same native
 * built-ins in place of dom-accessibility-api's polyfills, and the library built from its own
 * TypeScript, so names are computed as the fill computes them. Built before the content script,
 * whose plugin copies the whole build for Firefox.
 */
export const profileToolsEnvironment: EnvironmentOptions = {
  consumer: "client",
  build: {
    outDir: "dist/extension",
    emptyOutDir: false,
    rolldownOptions: {
      input: { "profile-tools": here("content/profile-tools.ts") },
      output: { format: "iife", entryFileNames: "[name].js" },
      plugins: [libraryFromSource(), nativePolyfills(), zodWithoutEvalProbe()],
    },
  },
};

/**
 * The content script: one self-contained classic script, so it needs an environment of its own.
 * It is built last, so its plugin writes the manifests and the Firefox copy of the whole build.
 * Every frame gets it on every run, so it alone has a size budget and terser's second pass.
 */
export const contentEnvironment: EnvironmentOptions = {
  consumer: "client",
  build: {
    outDir: "dist/extension",
    emptyOutDir: false,
    rolldownOptions: {
      input: { content: here("content/content-script.ts") },
      output: { format: "iife", entryFileNames: "[name].js" },
      plugins: [
        libraryFromSource(),
        nativePolyfills(),
        zodWithoutEvalProbe(),
        terserPass(),
        writeExtension(OUT_DIR),
      ],
    },
  },
};
