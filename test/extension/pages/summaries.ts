import type { FillResult, PackageSummary } from "../../../extension/messages";

/** A package summary as the worker answers it. */
export function summary(part: Partial<PackageSummary> = {}): PackageSummary {
  return {
    org: "983975267",
    name: "Sykehuset Telemark HF",
    year: 2024,
    templates: ["beds"],
    fileName: "telemark-2024.hso.json",
    importedAt: "2025-11-20T10:00:00Z",
    errors: 0,
    warnings: 0,
    fillable: true,
    figures: 9,
    issues: [],
    kept: false,
    ...part,
  };
}

/** A fill result with catalogue labels. */
export function fillResult(part: Partial<FillResult> = {}): FillResult {
  return {
    mode: "fill",
    package: { org: "983975267", year: 2024 },
    url: "https://intranett.example.no/skjema/1",
    origin: "https://intranett.example.no",
    filled: ["beds.phv_adult_total"],
    missing: ["beds.tsb_total"],
    mismatched: [{ id: "beds.phbu_total", expected: "12", actual: "13" }],
    matched: [],
    labels: {
      "beds.phv_adult_total": { nb: "PHV voksne, i alt", en: "Adult MH, total" },
      "beds.tsb_total": { nb: "TSB, i alt", en: "SUD treatment, total" },
      "beds.phbu_total": { nb: "PHBU, i alt", en: "Child MH, total" },
    },
    frames: 1,
    skippedFrames: [],
    frameErrors: [],
    rows: [],
    undoAvailable: false,
    pending: [],
    ...part,
  };
}
