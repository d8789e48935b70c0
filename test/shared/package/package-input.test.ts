import { describe, expect, it } from "vitest";
import { buildPackage } from "../../../shared/package/build-package";
import {
  inputFromPackage,
  previousMismatch,
  templatesOfPackage,
} from "../../../shared/package/package-input";
import { validate } from "../../../shared/report/validate";
import { telemark2024 } from "./package-fixture";

const telemark2023 = () =>
  buildPackage({
    unit: { org: "983975267", name: "Sykehuset Telemark HF" },
    year: 2023,
    templates: { beds: "2025.1" },
    values: { "beds.phv_adult_total": 108 },
  });

describe("inputFromPackage", () => {
  it("takes unit and year from the package and last year's figures from last year's package", () => {
    const input = inputFromPackage(telemark2024(), telemark2023());
    expect(input.values["beds.unit_org"]).toBe("983975267");
    expect(input.values["beds.year"]).toBe(2024);
    expect(input.previous).toEqual({ "beds.phv_adult_total": 108 });
  });

  it("lets the package's note explain Telemark's drop; without it the change blocks export", () => {
    const explained = validate(inputFromPackage(telemark2024(), telemark2023()), {
      templates: ["beds"],
      phase: "export",
    });
    expect(explained.issues.some((issue) => issue.code === "change_unexplained")).toBe(false);
    const bare = { ...telemark2024(), notes: {} };
    const unexplained = validate(inputFromPackage(bare, telemark2023()), {
      templates: ["beds"],
      phase: "export",
    });
    expect(unexplained.issues.find((issue) => issue.code === "change_unexplained")?.severity).toBe("error");
  });

  it("lists its templates in workbook order and says when a previous package is not last year's", () => {
    expect(
      templatesOfPackage({ ...telemark2024(), templates: { staffing: "2025.1", beds: "2025.1" } }),
    ).toEqual(["beds", "staffing"]);
    expect(previousMismatch(telemark2024(), telemark2023())).toBeUndefined();
    expect(previousMismatch(telemark2024(), { ...telemark2023(), year: 2022 })).toEqual({
      reason: "year",
      expected: 2023,
      actual: 2022,
    });
  });
});
