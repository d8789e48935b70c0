import { describe, expect, it } from "vitest";
import type { WorkbookSnapshot } from "../../../addin/adapter/workbook-adapter";
import { packageFileName, packageFromPass } from "../../../addin/components/package-from-pass";
import { buildPackage } from "../../../shared/package/build-package";
import { validate } from "../../../shared/report/validate";
import { TEMPLATE_IDS, TEMPLATES } from "../../../shared/templates/catalogue";
import type { TemplateId } from "../../../shared/templates/field";

const NOW = new Date("2025-11-20T10:00:00Z");

function pass(values: Record<string, string | number>, meta?: WorkbookSnapshot["meta"]) {
  const snapshot: WorkbookSnapshot = {
    templates: ["beds"],
    input: { values },
    cells: {},
    ...(meta ? { meta } : {}),
  };
  return { snapshot, report: validate(snapshot.input, { templates: ["beds"], phase: "export" }) };
}

describe("packageFromPass", () => {
  it("assembles the package the CLI would: unit from the registry, the workbook's template version", () => {
    const { snapshot, report } = pass(
      { "beds.unit_org": "983975267", "beds.year": 2025, "beds.phv_adult_total": 110 },
      { templates: { beds: "2025.1" }, unit: "983975267", year: 2025 },
    );
    const pkg = packageFromPass(snapshot, report, NOW);
    expect(pkg.unit).toEqual({ org: "983975267", name: "Sykehuset Telemark HF" });
    expect(pkg.year).toBe(2025);
    expect(pkg.templates).toEqual({ beds: "2025.1" });
  });

  it('refuses without a readable unit instead of writing org "" (the CLI refuses too)', () => {
    const { snapshot, report } = pass({ "beds.year": 2025 });
    expect(() => packageFromPass(snapshot, report, NOW)).toThrow(/organisasjonsnummer/);
  });

  it("refuses without a year instead of year 0, even when the metadata names one", () => {
    const { snapshot, report } = pass(
      { "beds.unit_org": "983975267" },
      { templates: { beds: "2025.1" }, unit: "983975267", year: 2025 },
    );
    expect(() => packageFromPass(snapshot, report, NOW)).toThrow(/rapporteringsår/);
  });
});

describe("packageFileName", () => {
  const named = (templates: Partial<Record<TemplateId, string>>) =>
    packageFileName(
      buildPackage({
        unit: { org: "983975267", name: "Sykehuset Telemark HF" },
        year: 2025,
        templates,
        values: {},
      }),
    );

  it("names the templates a package holds, so beds and staffing of one unit and year get two names", () => {
    expect(named({ beds: "2025.1" })).toBe("983975267-2025-beds.hso.json");
    expect(named({ staffing: "2025.1" })).toBe("983975267-2025-staffing.hso.json");
    expect(named({ staffing: "2025.1", beds: "2025.1" })).toBe("983975267-2025-beds-staffing.hso.json");
    expect(named({ capacity_plan: "2025.1" })).toBe("983975267-2025-capacity_plan.hso.json");
  });

  it("is <org>-<year>.hso.json for a package that holds every template", () => {
    expect(named(Object.fromEntries(TEMPLATE_IDS.map((id) => [id, TEMPLATES[id].version])))).toBe(
      "983975267-2025.hso.json",
    );
  });
});
