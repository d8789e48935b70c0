import { resolve } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { writeExampleWorkbook } from "./addin/build/playground-workbooks.ts";
import { addinEnvironment } from "./addin/vite-environment.ts";
import { cliEnvironment } from "./cli/vite-environment.ts";
import {
  contentEnvironment,
  extensionEnvironment,
  profileToolsEnvironment,
} from "./extension/vite-environment.ts";

/**
 * One config builds every target (docs/architecture.md): a plain `vite build` runs the builder, which builds
 * each environment in the order listed. Each target's options live beside its code.
 */
export default defineConfig({
  base: "./",
  plugins: [preact()],
  builder: {
    // Every environment in the order listed, then the playground's example workbook from the built CLI.
    async buildApp(builder) {
      for (const environment of Object.values(builder.environments)) await builder.build(environment);
      const failure = writeExampleWorkbook(import.meta.dirname, resolve(import.meta.dirname, "dist/addin"));
      if (failure) builder.config.logger.warn(`example.xlsx ble ikke skrevet / was not written: ${failure}`);
    },
  },
  environments: {
    client: addinEnvironment,
    extension: extensionEnvironment,
    profileTools: profileToolsEnvironment,
    content: contentEnvironment,
    cli: cliEnvironment,
  },
  test: {
    // A generous ceiling, not a budget: tests that start the CLI, Python or LibreOffice take seconds
    // on a loaded machine, and vitest's 5 s default failed them there. Budgets live in bench/.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "node", environment: "node", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"] },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "happy-dom",
          include: ["test/**/*.test.tsx"],
          exclude: ["test/e2e/**"],
          setupFiles: ["test/addin/preload-lazy-chunks.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/check-environment.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "bench",
          environment: "node",
          include: ["bench/**/*.measure.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
