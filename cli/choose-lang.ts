import { DEFAULT_LANG, isLang, type Lang } from "../shared/messages/lang";
import { CliFailure } from "./cli-failure";

/**
 * The language asked for with `--lang`, read before anything else so even a usage failure is
 * said in it. Norwegian unless told otherwise.
 */
export function chooseLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index < 0) return DEFAULT_LANG;
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (argv[index + 1] ?? "");
  if (isLang(value)) return value;
  throw new CliFailure({ code: "badLang", params: { lang: value } });
}
