import { type ExampleUnit, UNITS } from "./board-returns";
import type { ExampleReturn } from "./board-workbooks";

/** Planned beds for 2026 through 2032, one figure per year. */
type PlanRow = readonly [number, number, number, number, number, number, number];

interface Plan {
  phv_adult: PlanRow;
  phbu: PlanRow;
  tsb: PlanRow;
  /** Field name (`phv_adult_2029`) → the reason written beside a change of 5 beds or more. */
  reasons?: Readonly<Record<string, string>>;
}

/**
 * Capacity plans made in 2025 (made up for trying the tools, not any trust's real plan), each starting
 * near the unit's adult beds in examples/packages: Telemark counted 103 in 2024 and its footnote says
 * the number rises to 110, so its plan starts at 110 and adds a ward in 2029 (+6, with its reason);
 * Innlandet (189) and Vestfold (107) grow a little each year, half beds included. Innlandet's PHBU
 * gains a ward in 2028 (+6, with its reason).
 */
const PLANS: Record<ExampleUnit, Plan> = {
  telemark: {
    phv_adult: [110, 110, 110, 116, 116, 116, 116],
    phbu: [14, 14, 14, 14, 16, 16, 16],
    tsb: [26, 26, 27, 27, 27, 28, 28],
    reasons: {
      phv_adult_2029:
        "Ny sikkerhetspsykiatrisk post med seks plasser åpner i Skien i 2029, i tråd med framskrivingsmodellen.",
    },
  },
  innlandet: {
    phv_adult: [190, 192, 192, 194, 196, 197.5, 199],
    phbu: [24, 24, 30, 30, 30, 31, 31],
    tsb: [48, 48, 49, 49, 50, 50, 51],
    reasons: {
      phbu_2028: "Ny døgnenhet for ungdom på Hamar (seks plasser) fra 2028.",
    },
  },
  vestfold: {
    phv_adult: [108, 108, 110, 112, 112.5, 112.5, 114],
    phbu: [18, 18, 18, 19, 19, 20, 20],
    tsb: [32, 32, 33, 33, 34, 34, 34],
  },
};

const FIRST_YEAR = 2026;

/** A unit's capacity plan made in 2025, as the controller types it into the sheet. */
export function capacityPlanReturns(unit: ExampleUnit): ExampleReturn[] {
  const plan = PLANS[unit];
  const values: Record<string, number> = {};
  for (const area of ["phv_adult", "phbu", "tsb"] as const) {
    plan[area].forEach((beds, index) => {
      values[`capacity_plan.${area}_${FIRST_YEAR + index}`] = beds;
    });
  }
  const notes = Object.fromEntries(
    Object.entries(plan.reasons ?? {}).map(([name, reason]) => [`capacity_plan.${name}`, reason]),
  );
  return [{ template: "capacity_plan", unit: UNITS[unit], year: 2025, values, notes }];
}
