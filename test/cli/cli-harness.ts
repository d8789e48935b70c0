import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "bin/hso-report.js");

/** What a CLI run gave back. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Fails early and clearly when the CLI has not been built (`npm test` builds before Vitest runs). */
export function requireBuiltCli(): void {
  if (!existsSync(join(ROOT, "dist/cli/main.js"))) {
    throw new Error("dist/cli/main.js is missing: run `npx vite build` before these tests");
  }
}

/** Runs the built command line as a user would (`node bin/hso-report.js …`), without a terminal. */
export function runCli(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, HSO_DEBUG: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** A temporary folder removed by `cleanup` (call it in `afterAll`). */
export function temporaryFolders(prefix: string): { make: () => string; cleanup: () => void } {
  const made: string[] = [];
  return {
    make: () => {
      const folder = mkdtempSync(join(tmpdir(), `${prefix}-`));
      made.push(folder);
      return folder;
    },
    cleanup: () => {
      for (const folder of made) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A Node stack frame line: it must never reach a user. */
export const STACK_FRAME = /^\s{4}at /m;
