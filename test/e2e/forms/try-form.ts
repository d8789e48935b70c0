import { spawn } from "node:child_process";
import { resolve } from "node:path";

/** `npm run try-form`'s script. */
const SCRIPT = resolve(import.meta.dirname, "../../../scripts/try-form.js");

/** What one run of `npm run try-form` said and how it exited. */
export interface TryFormRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run try-form`'s script with these arguments (and further environment) and collects what it says. */
export function tryForm(args: string[], env: Record<string, string> = {}): Promise<TryFormRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
