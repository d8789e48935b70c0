// Run by bench/core.measure.ts as a bundled script in its own Node process, so the core is timed as it
// ships (bundled, as in dist/cli and the extension) and not through the test runner's module wrappers.
import { buildPackage, packageText } from "../shared/package/build-package";
import { inputFromPackage } from "../shared/package/package-input";
import { parsePackage } from "../shared/package/parse-package";
import type { SubmissionPackage } from "../shared/package/submission-package";
import { validate } from "../shared/report/validate";
import { REPORTING_UNITS } from "../shared/units/reporting-units";
import { COMPLETE_BEDS, COMPLETE_STAFFING } from "../test/shared/report/complete-input";

/** 1,000 full packages (both templates, every field), each unit's figures nudged so no two are alike. */
function packages(): SubmissionPackage[] {
  return Array.from({ length: 1000 }, (_, index) => {
    const unit = REPORTING_UNITS[index % REPORTING_UNITS.length] ?? REPORTING_UNITS[0];
    if (!unit) throw new Error("no units");
    const values = { ...COMPLETE_BEDS, ...COMPLETE_STAFFING, "beds.temporarily_closed": index % 9 };
    return buildPackage({
      unit: { org: unit.org, name: unit.name },
      year: 2024,
      templates: { beds: "2025.1", staffing: "2025.1" },
      values: { ...values, "beds.unit_org": unit.org, "staffing.unit_org": unit.org },
    });
  });
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? Number.NaN) * 100) / 100;
}

function timeRuns(runs: number, work: () => void): number {
  work(); // warm-up: JIT and schema construction are not what the budget is about
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const all = packages();
const texts = all.map(packageText);
const previous = all.map((pkg) => ({ ...pkg, year: 2023 }));
const coreValidate1000Ms = timeRuns(21, () => {
  for (const [index, pkg] of all.entries()) {
    validate(inputFromPackage(pkg, previous[index]), {
      templates: ["beds", "staffing"],
      phase: "export",
      year: 2024,
    });
  }
});
const coreParseValidate1000Ms = timeRuns(9, () => {
  for (const text of texts) {
    const parsed = parsePackage(text);
    if (!parsed.ok) throw new Error(parsed.error.code);
    validate(inputFromPackage(parsed.package), { templates: ["beds", "staffing"], phase: "export" });
  }
});
process.stdout.write(`${JSON.stringify({ coreValidate1000Ms, coreParseValidate1000Ms })}\n`);
