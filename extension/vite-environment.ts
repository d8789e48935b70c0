import { resolve } from "node:path";
import type { EnvironmentOptions } from "vite";

const here = (path: string) => resolve(import.meta.dirname, path);

/** Extension pages and the service worker (an ES module worker). */
export const extensionEnvironment: EnvironmentOptions = {
  build: {
    outDir: "dist/extension",
    emptyOutDir: true,
    rollupOptions: {
      input: { popup: here("pages/popup.html"), background: here("background/service-worker.ts") },
      output: { entryFileNames: "[name].js" },
    },
  },
};

/** The content script: one self-contained classic script, so it needs an environment of its own. */
export const contentEnvironment: EnvironmentOptions = {
  build: {
    outDir: "dist/extension",
    emptyOutDir: false,
    rollupOptions: {
      input: { content: here("content/content-script.ts") },
      output: { format: "iife", entryFileNames: "[name].js" },
    },
  },
};
