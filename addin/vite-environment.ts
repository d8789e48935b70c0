import { resolve } from "node:path";
import type { EnvironmentOptions } from "vite";

/** The task pane, the ribbon commands page and the playground: plain browser pages. */
export const addinEnvironment: EnvironmentOptions = {
  build: {
    outDir: "dist/addin",
    emptyOutDir: true,
    rollupOptions: {
      input: { taskpane: resolve(import.meta.dirname, "taskpane.html") },
    },
  },
};
