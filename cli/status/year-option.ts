import { CliFailure } from "../cli-failure";

/**
 * The reporting year `--year` names: four digits from 2000 to 2100, the range the refusal's words
 * give (as `template` checks it). Anything else is refused before a file is read, so a mistyped
 * year never prints a table of every return missing.
 */
export function reportingYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 2000 || year > 2100) {
    throw new CliFailure({ code: "badYear", params: { year: text } });
  }
  return year;
}
