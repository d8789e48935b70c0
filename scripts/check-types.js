#!/usr/bin/env node
// `npm run check`'s type check: compiles every project tsconfig.json lists, then proves each target's
// walls hold by compiling a probe beside it (docs/architecture.md, "Layers and their tsconfigs").
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");
const PROBES = join(ROOT, "node_modules/.cache/type-probes");
let probes = 0;

/** One use of each platform's globals; a probe line fails to compile where the global is unknown. */
export const GLOBAL_USES = {
  Excel: "Excel.run;",
  Office: "Office.onReady;",
  document: "document.title;",
  process: "process.env;",
  Buffer: "Buffer.from;",
};

/** The globals each target may see (its tsconfig); every other one of GLOBAL_USES must be unknown there. */
export const TARGET_GLOBALS = {
  "shared/tsconfig.json": [],
  "addin/tsconfig.json": ["Excel", "Office", "document"],
  "extension/tsconfig.json": ["document"],
  "cli/tsconfig.json": ["process", "Buffer"],
  "examples/tsconfig.json": ["process", "Buffer"],
  "tsconfig.node.json": ["process", "Buffer"],
};

/** Runs tsc on one project; `ok` is its exit status, `output` what it printed. */
export function compile(project) {
  const run = spawnSync(process.execPath, [TSC, "--noEmit", "--pretty", "false", "-p", project], {
    encoding: "utf8",
  });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}`.trim() };
}

/** The probe's source: a line per global, each one the target must not see expected to be an error. */
export function probeSource(allowed) {
  const lines = ["export {};"];
  for (const [name, use] of Object.entries(GLOBAL_USES)) {
    if (!allowed.includes(name)) lines.push(`// @ts-expect-error: ${name} must be unknown here`);
    lines.push(use);
  }
  return `${lines.join("\n")}\n`;
}

/** The globals a failed probe names: seen where they must be unknown, or unknown where they are needed. */
export function wrongGlobals(source, output) {
  const lines = source.split("\n");
  const wrong = [];
  for (const [, line] of output.matchAll(/probe\.ts\((\d+),\d+\)/g)) {
    const text = lines[Number(line) - 1] ?? "";
    const use = text.startsWith("// @ts-expect-error") ? lines[Number(line)] : text;
    const name = Object.keys(GLOBAL_USES).find((key) => GLOBAL_USES[key] === use);
    if (name) wrong.push(text.startsWith("//") ? `${name} is visible` : `${name} is unknown`);
  }
  return wrong;
}

/**
 * Compiles a probe under the target's own compiler options (its tsconfig, extended). It lives under
 * node_modules/.cache so that types resolve as they do in the repository and no other project sees it.
 */
export function probe(project, source) {
  const folder = join(
    PROBES,
    `${relative(ROOT, project).replaceAll(/[/\\]/g, "_")}-${process.pid}-${++probes}`,
  );
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "probe.ts"), source);
  const config = {
    extends: relative(folder, project).replaceAll("\\", "/"),
    include: [],
    files: ["probe.ts"],
  };
  writeFileSync(join(folder, "tsconfig.json"), JSON.stringify(config));
  try {
    return compile(join(folder, "tsconfig.json"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The projects tsconfig.json refers to, as absolute paths of their tsconfig files. */
export function projects() {
  const solution = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8"));
  return solution.references.map(({ path }) => {
    const target = resolve(ROOT, path);
    return target.endsWith(".json") ? target : join(target, "tsconfig.json");
  });
}

function main() {
  let failed = false;
  for (const project of projects()) {
    const name = relative(ROOT, project).replaceAll("\\", "/");
    const result = compile(project);
    if (!result.ok) console.error(`${name}:\n${result.output}`);
    const allowed = TARGET_GLOBALS[name];
    const source = allowed && probeSource(allowed);
    const walls = source ? probe(project, source) : { ok: true };
    if (!walls.ok)
      console.error(`${name}: ${wrongGlobals(source, walls.output).join(", ")}\n${walls.output}`);
    failed ||= !result.ok || !walls.ok;
  }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
