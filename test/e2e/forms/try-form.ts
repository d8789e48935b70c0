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

/** A try's exit code, its printed lists (the last stdout line), and all it said, for assertion messages. */
export interface TryFormLists {
  code: number;
  result?: { filled: string[]; missing: string[]; mismatched: string[] };
  /** Everything try-form printed: given with every assertion, so a failure in CI explains itself. */
  said: string;
}

/** Runs try-form on one page with one package and reads its printed lists. */
export async function tryFormLists(url: string, packagePath: string): Promise<TryFormLists> {
  const { code, stdout, stderr } = await tryForm([url, packagePath]);
  const line = stdout.trim().split("\n").at(-1) ?? "";
  const result = line.startsWith("{") ? JSON.parse(line) : undefined;
  return { code: code ?? -1, result, said: `try-form exit ${code}, stdout:\n${stdout}\nstderr:\n${stderr}` };
}
