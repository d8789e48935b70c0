import { buildPackage } from "../../../shared/package/build-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";

/** Telemark 2024 as docs/package.md's example: one beds figure with its explanation. */
export function telemark2024(): SubmissionPackage {
  return buildPackage({
    unit: { org: "983975267", name: "Sykehuset Telemark HF" },
    year: 2024,
    templates: { beds: "2025.1" },
    values: { "beds.phv_adult_total": 103 },
    notes: { "beds.phv_adult_total": "Midlertidig nedtrekk på grunn av ombygging" },
    validation: { errors: 0, warnings: 1, validatedAt: "2025-11-20T10:00:00Z", validator: "1.0.0" },
  });
}
