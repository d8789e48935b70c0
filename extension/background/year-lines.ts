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

/** Dates ("Frist: 15.02.2025", "2025-02-15"): when something is due, not the figures' year. */
const DATES = /\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}/g;

/** Each year a line names as the figures' year, with the line (shortened) as where it was found. */
export function yearsOfLines(lines: readonly string[]): Array<{ value: string; where: string }> {
  return lines.flatMap((line) =>
    [...line.replace(DATES, " ").matchAll(FIGURES_YEAR)].map((match) => ({
      value: match[2] as string,
      where: shortened(line),
    })),
  );
}

/**
 * Each year a wizard's current step names (content-api.ts `PageIdentity.steps`), dates left out:
 * "Steg 2: Bekreft fjorårets tall (2024)" says the boxes shown are 2024's, though the page's
 * heading says "Døgnplasser 2025" for the whole wizard (adversary round 7, E15: its four boxes
 * took this year's figures). A step naming no year ("Steg 1: Om enheten") says nothing.
 */
export function yearsOfSteps(steps: readonly string[]): Array<{ value: string; where: string }> {
  return steps.flatMap((step) =>
    [...step.replace(DATES, " ").matchAll(/(?<!\d)20\d\d(?!\d)/g)].map((match) => ({
      value: match[0],
      where: shortened(step),
    })),
  );
}

function shortened(line: string): string {
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
