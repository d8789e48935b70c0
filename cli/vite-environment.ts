import { resolve } from "node:path";
import type { EnvironmentOptions } from "vite";

/** The command line, bundled for Node; npm packages stay external and load from node_modules. */
export const cliEnvironment: EnvironmentOptions = {
  consumer: "server",
  build: {
    ssr: true,
    outDir: "dist/cli",
    emptyOutDir: true,
    rollupOptions: {
      input: { main: resolve(import.meta.dirname, "main.ts") },
      output: { format: "es", entryFileNames: "[name].js" },
    },
  },
};
