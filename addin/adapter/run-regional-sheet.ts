import type { RegionalSheetPlan } from "../../shared/aggregate/regional-sheet-plan";
import { type RegionalSheetResult, writeRegionalSheet } from "./write-regional-sheet";

/** Writes the regional sheet in one `Excel.run` (Office's global, which the playground models). */
export function runRegionalSheet(plan: RegionalSheetPlan): Promise<RegionalSheetResult> {
  return Excel.run((context) => writeRegionalSheet(context, plan));
}
