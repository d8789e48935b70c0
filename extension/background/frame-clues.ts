import { REPORTING_UNITS, unitNames } from "../../shared/units/reporting-units";
import type { IdentityCheck } from "../messages";
import { z } from "../zod";
import { addressOrgs } from "./address-orgs";
import { type UnitNames, unitClues } from "./unit-clues";
import { yearsOfLines, yearsOfSteps } from "./year-lines";

const clue = z.object({ value: z.string().max(500), where: z.string().max(500) }).loose();
const named = z.object({
  text: z.string().max(500),
  source: z.enum(["field", "heading", "title"]),
  where: z.string().max(500),
});
const identitySchema = z
  .object({
    frameUrl: z.string().optional(),
    orgs: z.array(clue).max(50),
    named: z.array(named).max(50),
    years: z.array(clue).max(50),
    lines: z.array(z.string().max(500)).max(50).optional(),
    steps: z.array(z.string().max(500)).max(20).optional(),
  })
  .loose();

/** A unit or year the page shows and where; `step` when a wizard's current step says it (yearsOfSteps). */
export type Clue = { value: string; where: string; step?: boolean };

/** What a frame shows as its unit (org. no.) and year, each with where it was found. */
export type Clues = { orgs: Clue[]; years: Clue[] };

/** The reporting units as unit names are matched against (unit-clues.ts). */
export function knownUnits(): UnitNames[] {
  return REPORTING_UNITS.map((unit) => ({ org: unit.org, name: unit.name, names: unitNames(unit) }));
}

/**
 * What one frame's identity answer (content/page-identity.ts) shows as its unit and year; none
 * for an answer that does not parse.
 */
export function frameClues(result: unknown, units: readonly UnitNames[] = knownUnits()): Clues | undefined {
  const parsed = identitySchema.safeParse(result);
  if (!parsed.success) return undefined;
  return {
    // A unit named in words counts by its org. no. (the registry's), a number as it stands, and
    // so does one the frame's address names (`?orgnr=`).
    orgs: [
      ...parsed.data.orgs,
      ...unitClues(parsed.data.named, units),
      ...addressOrgs(parsed.data.frameUrl ?? ""),
    ],
    years: [
      ...parsed.data.years,
      ...yearsOfLines(parsed.data.lines ?? []),
      ...yearsOfSteps(parsed.data.steps ?? []).map((year) => ({ ...year, step: true })),
    ],
  };
}

/**
 * "same" when the package's value is among those found, "other" when only others are. A wizard's
 * current step speaks for the boxes it shows before anything else on the page: one naming only
 * other years makes the page another year's though its heading names the package's ("Døgnplasser
 * 2025" over the step "Bekreft fjorårets tall (2024)": adversary round 7, E15). It can only refuse:
 * a step naming the package's year counts as any other clue naming it.
 */
export function verdictOf(found: readonly Clue[], wanted: string): IdentityCheck["unit"] {
  const names = (clues: readonly Clue[]) => clues.some((item) => item.value === wanted);
  const steps = found.filter((item) => item.step);
  if (steps.length > 0 && !names(steps)) return "other";
  return found.length === 0 ? "unknown" : names(found) ? "same" : "other";
}
