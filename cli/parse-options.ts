import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliFailure } from "./cli-failure";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command accepts. */
const COMMON: Options = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

/** Parses one command's arguments strictly; a wrong option is a usage failure (exit 2), not a crash. */
export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options: { ...COMMON, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's message is long; its first sentence names the option.
    const detail = error instanceof Error ? (error.message.split(". ")[0] ?? error.message) : String(error);
    throw new CliFailure({ code: "badOption", params: { detail } });
  }
}

/** The value of a required string option, or a usage failure naming it. */
export function requireOption(
  value: string | boolean | (string | boolean)[] | undefined,
  option: string,
): string {
  if (typeof value !== "string" || value === "") {
    throw new CliFailure({ code: "missingOption", params: { option } });
  }
  return value;
}

type OptionValue = string | boolean | (string | boolean)[] | undefined;

/** An optional string option; undefined when absent. */
export function stringOption(value: OptionValue): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A repeatable string option as a list (absent: empty). */
export function listOption(value: OptionValue): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return typeof value === "string" ? [value] : [];
}
