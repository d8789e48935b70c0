import { describe, expect, it } from "vitest";
import { aggregateView } from "../../../cli/aggregate/aggregate-view";
import { tableCsv } from "../../../cli/aggregate/table-csv";
import { EN_WORDS } from "../../../cli/words/en";
import { NB_WORDS } from "../../../cli/words/nb";
import type { AggregateTable } from "../../../shared/aggregate/aggregate";

const TABLE: AggregateTable = {
  field: "beds.phv_adult_total",
  years: [2023, 2024],
  rows: [
    { unit: "Sykehuset Telemark HF", org: "983975267", values: { "2023": 108, "2024": 103 } },
    { unit: 'Private; "avtaleparter"', org: "123456785", values: { "2023": 241, "2024": 258.5 } },
    { unit: "@SUM(A1)", org: "988077917", values: { "2024": 1 } },
  ],
  total: { "2023": 349, "2024": 362.5 },
};

describe("tableCsv", () => {
  const lines = tableCsv(aggregateView(TABLE, []), NB_WORDS).split("\r\n");

  it("starts with a BOM and the Norwegian headings, separated by semicolons", () => {
    expect(lines[0]).toBe("\uFEFFEnhet;Org.nr.;2023;2024;Endring 2023–2024;Merknad");
  });

  it("writes decimal commas without grouping and flags a change that needs an explanation", () => {
    expect(lines[1]).toBe("Sykehuset Telemark HF;983975267;108;103;-5;må forklares");
    expect(lines[2]).toBe('"Private; ""avtaleparter""";123456785;241;258,5;17,5;må forklares');
    expect(lines[4]).toBe("Sum;;349;362,5;13,5;");
  });

  it("keeps text Excel would take for a formula as text, and leaves a missing year blank", () => {
    expect(lines[3]).toBe("'@SUM(A1);988077917;;1;;");
  });

  it("speaks English with English words", () => {
    expect(tableCsv(aggregateView(TABLE, []), EN_WORDS)).toContain("Total;;349;362,5;13,5;");
  });
});
