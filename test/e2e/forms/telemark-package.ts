import { buildPackage, packageText } from "../../../shared/package/build-package";

/** Telemark's beds and staffing for 2024 as a package a trust would send (consistent, no errors). */
export const TELEMARK_VALUES = {
  "beds.unit_org": "983975267",
  "beds.year": 2024,
  "beds.count_date": "2024-11-15",
  "beds.phv_adult_hospital": 40,
  "beds.phv_adult_dps": 63.5,
  "beds.phv_adult_total": 103.5,
  "beds.phbu_total": 20,
  "beds.tsb_total": 30,
  "beds.all_total": 153.5,
  "beds.temporarily_closed": 7,
  "staffing.unit_org": "983975267",
  "staffing.year": 2024,
  "staffing.lis3_phbu_headcount": 12,
  "staffing.lis3_phv_adult_headcount": 20,
  "staffing.psychologists_headcount": 60,
  "staffing.psychologist_specialists_headcount": 35,
  "staffing.senior_consultants_headcount": 40,
  "staffing.senior_consultants_fte": 38.25,
  "staffing.sick_leave_pct": 6.5,
} as const;

/** The package's file text. */
export function telemarkPackageText(): string {
  return packageText(
    buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year: 2024,
      templates: { beds: "2025.1", staffing: "2025.1" },
      values: TELEMARK_VALUES,
      notes: {},
    }),
  );
}
