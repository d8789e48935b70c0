/** One use of each platform's globals, by name. */
export declare const GLOBAL_USES: Record<string, string>;
/** The globals each target's tsconfig may see, by the tsconfig's path from the repository root. */
export declare const TARGET_GLOBALS: Record<string, string[]>;
/** Runs tsc on one project. */
export declare function compile(project: string): { ok: boolean; output: string };
/** A probe that expects an error on each global not in `allowed`. */
export declare function probeSource(allowed: string[]): string;
/** The globals a failed probe's output names, as "X is visible" or "X is unknown". */
export declare function wrongGlobals(source: string, output: string): string[];
/** Compiles `source` as a file of the project (its compiler options, nothing else). */
export declare function probe(project: string, source: string): { ok: boolean; output: string };
/** The absolute paths of the tsconfig files that the root tsconfig.json refers to. */
export declare function projects(): string[];
