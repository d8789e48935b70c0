import { LANGS, type Lang } from "../shared/messages/lang";
import { CliFailure } from "./cli-failure";

/**
 * The language asked for with `--lang`, read before anything else so even a usage failure is
 * said in it. Norwegian unless told otherwise.
 */
export function chooseLang(argv: readonly string[]): Lang {
  const index = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (index < 0) return "nb";
  const arg = argv[index] ?? "";
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (argv[index + 1] ?? "");
  if ((LANGS as readonly string[]).includes(value)) return value as Lang;
  throw new CliFailure({ code: "badLang", params: { lang: value } });
}
