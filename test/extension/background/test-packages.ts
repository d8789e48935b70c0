import { buildPackage, packageText } from "../../../shared/package/build-package";

/** Telemark's beds return, complete and consistent; `change` alters figures to make a package with errors. */
export function bedsPackageText(year = 2024, change: Record<string, number | string> = {}): string {
  const values = {
    "beds.count_date": `${year}-11-20`,
    "beds.phv_adult_hospital": 40,
    "beds.phv_adult_dps": 63,
    "beds.phv_adult_total": 103,
    "beds.phbu_total": 12,
    "beds.tsb_total": 20.5,
    "beds.all_total": 135.5,
    "beds.temporarily_closed": 7,
    ...change,
  };
  return packageText(
    buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year,
      templates: { beds: "2025.1" },
      values,
      notes: {},
    }),
  );
}

/** Telemark's staffing return (headcounts only, as examples/packages has it); `change` alters figures. */
export function staffingPackageText(year = 2024, change: Record<string, number | string> = {}): string {
  return packageText(
    buildPackage({
      unit: { org: "983975267", name: "Sykehuset Telemark HF" },
      year,
      templates: { staffing: "2025.1" },
      values: {
        "staffing.physicians_headcount": 90,
        "staffing.senior_consultants_headcount": 50,
        "staffing.lis3_phbu_headcount": 6,
        "staffing.lis3_phv_adult_headcount": 13,
        "staffing.psychologists_headcount": 237,
        "staffing.psychologist_specialists_headcount": 130,
        ...change,
      },
      notes: {},
    }),
  );
}
