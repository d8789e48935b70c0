import preact from "@preact/preset-vite";
import { defineConfig } from "vitest/config";
import { addinEnvironment } from "./addin/vite-environment";
import { cliEnvironment } from "./cli/vite-environment";
import { contentEnvironment, extensionEnvironment } from "./extension/vite-environment";

/**
 * One config builds every target (docs/architecture.md): a plain `vite build` runs the builder, which builds
 * each environment in the order listed. Each target's options live beside its code.
 */
export default defineConfig({
  base: "./",
  plugins: [preact()],
  builder: {},
  environments: {
    client: addinEnvironment,
    extension: extensionEnvironment,
    content: contentEnvironment,
    cli: cliEnvironment,
  },
  test: {
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
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
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
