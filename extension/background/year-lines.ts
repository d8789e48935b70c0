/**
 * The year a line of running text says the figures are for: "gjelder tall per november 2024",
 * "rapportering for 2025", "Rapporteringsår: 2025", "tallene for 2024", "figures for 2024", and
 * what a banner says the user is editing: "Du redigerer fjorårets innsending (2024)" (adversary
 * round 7, E16: the page's only year; its four boxes took this year's figures). Dates
 * are left out first ("Frist: 15.02.2025" is a deadline, not the figures' year), and "tall fra
 * 2023" (a comparison) is not read. Read in the worker from the lines the content script sends
 * (content-api.ts `PageIdentity.lines`), so the content script carries none of these words.
 */
const FIGURES_YEAR =
  /(?<!\p{L})(gjelder|gjeld|rapportering|rapporteringsår|rapporteringsåret|tall(?:ene)? (?:for|per)|for året|applies to|figures for|reporting year|du redigerer|you are editing)(?!\p{L})[\s:]+(?:\p{L}+\s+){0,3}?\(?(20\d\d)(?!\d)/giu;

/** Each year a line names as the figures' year, with the line (shortened) as where it was found. */
export function yearsOfLines(lines: readonly string[]): Array<{ value: string; where: string }> {
  return lines.flatMap((line) => {
    const withoutDates = line.replace(/\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/g, " ");
    const where = line.length > 80 ? `${line.slice(0, 79)}…` : line;
    return [...withoutDates.matchAll(FIGURES_YEAR)].map((match) => ({ value: match[2] as string, where }));
  });
}
