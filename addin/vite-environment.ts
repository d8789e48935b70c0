import { resolve } from "node:path";
import type { EnvironmentOptions } from "vite";
import { firstLoadChunk } from "./build/first-load-chunks.ts";
import { htmlAtRoot } from "./build/html-at-root.ts";
import { writeAddinStatic } from "./build/write-addin-static.ts";

const here = (path: string) => resolve(import.meta.dirname, path);
const OUT_DIR = resolve(import.meta.dirname, "../dist/addin");

/**
 * The task pane (also the shared runtime of the ribbon commands), the command's confirmation dialog
 * and the playground: plain browser pages at the root of dist/addin, beside manifest.xml and icons.
 */
export const addinEnvironment: EnvironmentOptions = {
  build: {
    // Vite's polyfill only fetches <link rel="modulepreload"> early where a browser ignores it; the
    // imports load the same files anyway, so the task pane's first load need not carry it
    // (https://vite.dev/config/build-options#build-modulepreload).
    modulePreload: { polyfill: false },
    outDir: "dist/addin",
    emptyOutDir: true,
    // The playground bundles exceljs for its Excel model (about 1 MB); the task pane stays small (bench).
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        taskpane: here("taskpane.html"),
        commands: here("commands/commands.html"),
        playground: here("playground/playground.html"),
      },
      output: {
        entryFileNames: "[name]-[hash].js",
        chunkFileNames: "chunks/[name]-[hash].js",
        // What a page loads when it opens goes in as few files as its pages share (each file is
        // gzipped apart, so every split costs bytes); lazily imported code keeps chunks of its own.
        codeSplitting: { groups: [{ name: firstLoadChunk, debugName: "first-load", tags: ["$initial"] }] },
      },
      plugins: [htmlAtRoot(), writeAddinStatic(OUT_DIR)],
    },
  },
};
