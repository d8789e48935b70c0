import { describe, expect, it } from "vitest";
import { aggregate, aggregateWithConflicts, changesBetween } from "../../../shared/aggregate/aggregate";
import { buildPackage } from "../../../shared/package/build-package";

const pkg = (org: string, name: string, year: number, value: number | undefined) =>
  buildPackage({
    unit: { org, name },
    year,
    templates: { beds: "2025.1" },
    values: value === undefined ? {} : { "beds.phv_adult_total": value },
  });

const TELEMARK = ["983975267", "Sykehuset Telemark HF"] as const;
const AKERSHUS = ["983971636", "Akershus universitetssykehus HF"] as const;

describe("aggregate", () => {
  it("orders rows as the registry does, whatever order the files came in, and sums each year", () => {
    const table = aggregate(
      [pkg(...TELEMARK, 2024, 103), pkg(...AKERSHUS, 2024, 217), pkg(...TELEMARK, 2023, 108)],
      "beds.phv_adult_total",
    );
    expect(table).toEqual({
      field: "beds.phv_adult_total",
      years: [2023, 2024],
      rows: [
        { unit: "Akershus universitetssykehus HF", org: "983971636", values: { "2024": 217 } },
        { unit: "Sykehuset Telemark HF", org: "983975267", values: { "2023": 108, "2024": 103 } },
      ],
      total: { "2023": 108, "2024": 320 },
    });
  });

  it("adds half beds without binary noise and skips packages without the figure", () => {
    const table = aggregate(
      [
        pkg(...TELEMARK, 2024, 0.1),
        pkg(...AKERSHUS, 2024, 0.2),
        pkg("965985166", "Lovisenberg", 2024, undefined),
      ],
      "beds.phv_adult_total",
    );
    expect(table.total).toEqual({ "2024": 0.3 });
    expect(table.rows).toHaveLength(2);
  });

  it("reports two packages for the same unit and year that disagree", () => {
    const { table, conflicts } = aggregateWithConflicts(
      [pkg(...TELEMARK, 2024, 103), pkg(...TELEMARK, 2024, 104)],
      "beds.phv_adult_total",
    );
    expect(conflicts).toEqual([{ org: "983975267", year: 2024, values: [103, 104] }]);
    expect(table.total).toEqual({ "2024": 104 });
  });

  it("flags changes of 5 beds or 5 % and leaves smaller ones alone", () => {
    const table = aggregate(
      [
        pkg(...TELEMARK, 2023, 108),
        pkg(...TELEMARK, 2024, 104),
        pkg(...AKERSHUS, 2023, 40),
        pkg(...AKERSHUS, 2024, 42),
      ],
      "beds.phv_adult_total",
    );
    expect(changesBetween(table, 2023, 2024).map((change) => [change.org, change.needsExplanation])).toEqual([
      ["983971636", true],
      ["983975267", false],
    ]);
  });
});
