import { resolve } from "node:path";
import type { EnvironmentOptions } from "vite";

/**
 * The command line, bundled for Node; npm packages stay external and load from node_modules, except
 * ECharts: bundled, only the charts `report` draws are kept, in a chunk only `report` loads (loading
 * ECharts' own modules from node_modules read several hundred files).
 */
export const cliEnvironment: EnvironmentOptions = {
  consumer: "server",
  resolve: { noExternal: ["echarts", "zrender", "zod"] },
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
