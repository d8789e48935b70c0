import { TEMPLATES } from "../shared/templates/catalogue";
import type { ExampleReturn } from "./board-workbooks";

/**
 * Example returns of the board paper's other templates for three trusts. The figures are made up
 * for trying the tools, shaped like the paper's (telephone about 12 % of adult and 22 % of children's
 * consultations, video 2 % and 1,5 %, Vestfold's video share high); they are not any trust's real
 * figures. Each file in examples/board/ is written from here by `UPDATE_EXAMPLES=1 npx vitest run
 * --configLoader runner test/examples/board-examples.test.ts`.
 */
export const UNITS = {
  telemark: "983975267",
  innlandet: "983971709",
  vestfold: "983975259",
} as const;

/** The file name stem of a unit's example: `telemark`, `innlandet`, `vestfold`. */
export type ExampleUnit = keyof typeof UNITS;

interface Activity {
  wait: [number, number];
  received: [number, number];
  rejected: [number, number];
  consultations: [number, number];
  phone: [number, number];
  video: [number, number];
  bedDays: [number, number];
  ebehandling: number;
  delmedmeg: number;
}

function activityValues(figures: Activity): Record<string, number> {
  const pair = (name: string, [adult, children]: [number, number]) => ({
    [`activity.${name}_adult`]: adult,
    [`activity.${name}_children`]: children,
  });
  return {
    ...pair("wait_days", figures.wait),
    ...pair("referrals_received", figures.received),
    ...pair("referrals_rejected", figures.rejected),
    ...pair("consultations", figures.consultations),
    ...pair("consultations_phone", figures.phone),
    ...pair("consultations_video", figures.video),
    ...pair("bed_days", figures.bedDays),
    "activity.ebehandling_patients": figures.ebehandling,
    "activity.delmedmeg_coverage_pct": figures.delmedmeg,
  };
}

const ACTIVITY_FIGURES: Record<ExampleUnit, Record<2024 | 2025, Activity>> = {
  telemark: {
    2024: {
      wait: [43.0, 49.5],
      received: [5050, 2010],
      rejected: [1110, 450],
      consultations: [59800, 37100],
      phone: [7180, 8160],
      video: [1200, 560],
      bedDays: [35900, 3980],
      ebehandling: 260,
      delmedmeg: 31.0,
    },
    2025: {
      wait: [41.5, 47.2],
      received: [5200, 2100],
      rejected: [1040, 420],
      consultations: [61000, 38000],
      phone: [7320, 8360],
      video: [1220, 570],
      bedDays: [36500, 3900],
      ebehandling: 310,
      delmedmeg: 38.5,
    },
  },
  innlandet: {
    2024: {
      wait: [45.2, 52.0],
      received: [9400, 3900],
      rejected: [2350, 1010],
      consultations: [112000, 64000],
      phone: [13100, 14300],
      video: [2150, 950],
      bedDays: [71200, 6100],
      ebehandling: 420,
      delmedmeg: 28.0,
    },
    2025: {
      wait: [44.1, 50.3],
      received: [9650, 4050],
      rejected: [2300, 980],
      consultations: [115500, 66100],
      phone: [13900, 14500],
      video: [2310, 990],
      bedDays: [72000, 6000],
      ebehandling: 455,
      delmedmeg: 30.5,
    },
  },
  vestfold: {
    2024: {
      wait: [39.8, 44.6],
      received: [6100, 2500],
      rejected: [1290, 560],
      consultations: [70100, 41200],
      phone: [8300, 9000],
      video: [7500, 640],
      bedDays: [40800, 4200],
      ebehandling: 380,
      delmedmeg: 41.0,
    },
    2025: {
      wait: [38.6, 43.9],
      received: [6250, 2600],
      rejected: [1180, 530],
      consultations: [72000, 42100],
      phone: [8640, 9260],
      video: [7920, 630],
      bedDays: [41300, 4100],
      ebehandling: 430,
      delmedmeg: 44.0,
    },
  },
};

/** Explanations of the changes of 10 % or more from 2024 to 2025. */
const ACTIVITY_NOTES: Record<ExampleUnit, Record<string, string>> = {
  telemark: {
    "activity.ebehandling_patients": "Nye programmer i eBehandling for angst og depresjon fra mars.",
  },
  innlandet: {},
  vestfold: {
    "activity.ebehandling_patients": "eBehandling tatt i bruk ved to nye DPS.",
  },
};

/** Activity returns: 2024 and 2025 for each unit (2025 compared with 2024). */
export function activityReturns(unit: ExampleUnit): ExampleReturn[] {
  return ([2024, 2025] as const).map((year) => ({
    template: "activity",
    unit: UNITS[unit],
    year,
    values: activityValues(ACTIVITY_FIGURES[unit][year]),
    ...(year === 2025 ? { notes: ACTIVITY_NOTES[unit] } : {}),
  }));
}

/** A measure's status and, unless it is in place, the comment a controller writes beside it. */
type StatusEntry = readonly [status: "not_started" | "in_progress", comment: string];

/**
 * Plan status (made up, like the figures above): every measure is in place unless listed here. A
 * measure listed in 2025 and not in 2026 came into place; one in place in 2025 and listed in 2026
 * went back, and its comment says why.
 */
const PLAN_STATUS_OPEN: Record<ExampleUnit, Record<2025 | 2026, Record<string, StatusEntry>>> = {
  telemark: {
    2025: {
      children_24_7: ["in_progress", "Døgnvakt for BUP i Skien fra høsten; Notodden dekkes ikke ennå."],
      coercion_buildings: ["not_started", "Avventer ombyggingen av akuttposten (se døgnplasser 2024)."],
      alcohol_audit_c_intake: ["in_progress", "AUDIT-C innført ved to av fire somatiske mottak."],
      joint_intake: ["not_started", "Planlagt etter pilotene i Vestfold og Sandefjord."],
    },
    2026: {
      coercion_buildings: ["in_progress", "Skjermingsenheter med i ombyggingen av akuttposten."],
      joint_intake: ["in_progress", "Felles inntaksteam med Skien kommune fra mars."],
    },
  },
  innlandet: {
    2025: {
      children_pathways: ["in_progress", "Forløp avtalt i to av helsefellesskapene."],
      discharge_summary_same_day: [
        "in_progress",
        "Rutinen er vedtatt; etterleves i om lag 70 % av tilfellene.",
      ],
      cooccurring_ward_routines: ["not_started", "Utredes sammen med TSB-klinikken i 2026."],
      neurodevelopmental_pathways: ["not_started", "Avventer nasjonal veileder."],
      joint_intake: ["not_started", "Ikke besluttet."],
    },
    2026: {
      discharge_summary_same_day: ["in_progress", "Etterleves nå i om lag 85 % av tilfellene."],
      cooccurring_ward_routines: ["in_progress", "Felles rutine for ROP-pasienter på høring."],
      neurodevelopmental_pathways: ["not_started", "Avventer fortsatt nasjonal veileder."],
      bereaved_follow_up: ["in_progress", "Rutinen revideres etter tilsyn; satt tilbake til under arbeid."],
      joint_intake: ["not_started", "Ikke besluttet."],
    },
  },
  vestfold: {
    2025: {
      coercion_audit_findings: ["in_progress", "Tiltak etter konsernrevisjonen følges opp kvartalsvis."],
      alcohol_referral_routines: [
        "in_progress",
        "Rutine for henvisning fra somatikk til TSB under utprøving.",
      ],
    },
    2026: {
      alcohol_referral_routines: ["in_progress", "Utprøvingen utvidet til hele sykehuset."],
    },
  },
};

/** Plan-status returns: 2025 and 2026 for each unit (2026 compared with 2025). */
export function planStatusReturns(unit: ExampleUnit): ExampleReturn[] {
  const measures = TEMPLATES.plan_status.fields.filter((field) => field.kind === "status");
  return ([2025, 2026] as const).map((year) => {
    const open = PLAN_STATUS_OPEN[unit][year];
    const values: Record<string, string> = {};
    const notes: Record<string, string> = {};
    for (const field of measures) {
      const entry = open[field.id.slice("plan_status.".length)];
      values[field.id] = entry ? entry[0] : "in_place";
      if (entry) notes[field.id] = entry[1];
    }
    return { template: "plan_status", unit: UNITS[unit], year, values, notes };
  });
}
