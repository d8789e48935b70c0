import { describe, expect, it } from "vitest";
import { aggregateView } from "../../../cli/aggregate/aggregate-view";
import { tableCsv } from "../../../cli/aggregate/table-csv";
import { EN_WORDS } from "../../../cli/words/en";
import { NB_WORDS } from "../../../cli/words/nb";
import type { RegionalTable } from "../../../shared/aggregate/aggregate";
import { hasUnprintable } from "../../../shared/text/printable-text";

const TABLE: RegionalTable = {
  field: "beds.phv_adult_total",
  years: [2023, 2024],
  rows: [
    { unit: "Sykehuset Telemark HF", org: "983975267", values: { "2023": 108, "2024": 103 } },
    { unit: 'Private; "avtaleparter"', org: "123456785", values: { "2023": 241, "2024": 258.5 } },
    { unit: "@SUM(A1)", org: "988077917", values: { "2024": 1 } },
  ],
  total: { "2023": 349, "2024": 362.5 },
  refused: [],
  incomplete: {},
  footnotes: [],
};
const NB = { words: NB_WORDS, lang: "nb" } as const;
const EN = { words: EN_WORDS, lang: "en" } as const;

describe("tableCsv", () => {
  const lines = tableCsv(aggregateView(TABLE, []), NB).split("\r\n");

  it("starts with a BOM and the Norwegian headings, separated by semicolons", () => {
    expect(lines[0]).toBe("\uFEFFEnhet;Org.nr.;2023;2024;Endring 2023–2024;Merknad");
  });

  it("writes decimal commas without grouping and flags a change that needs an explanation", () => {
    expect(lines[1]).toBe("Sykehuset Telemark HF;983975267;108;103;-5;må forklares");
    expect(lines[2]).toBe('"Private; ""avtaleparter""";123456785;241;258,5;17,5;må forklares');
    expect(lines[4]).toBe("Totalt Helse Sør-Øst/sykehus;;349;362,5;13,5;");
  });

  it("keeps text Excel would take for a formula as text, and leaves a missing year blank", () => {
    expect(lines[3]).toBe("'@SUM(A1);988077917;;1;;");
  });

  it("speaks English with English words", () => {
    expect(tableCsv(aggregateView(TABLE, []), EN)).toContain(
      "Total Helse Sør-Øst/hospitals;;349;362,5;13,5;",
    );
  });
});

describe("tableCsv with the private providers, a footnote and text from outside", () => {
  const table: RegionalTable = {
    ...TABLE,
    rows: [TABLE.rows[0] ?? { unit: "", org: "", values: {} }],
    total: { "2023": 108 },
    private: { "2023": 241, "2024": 258.5 },
    totalWithPrivate: { "2023": 349 },
    incomplete: { "2024": ["983971636"] },
    footnotes: [
      {
        mark: "*",
        org: "983975267",
        year: 2024,
        text: "=cmd|' /C calc'!A0 \u001b]52;c;x\u0007 \u202eevil",
        private: false,
      },
    ],
  };
  const lines = tableCsv(aggregateView(table, []), NB).split("\r\n");

  it("writes the private row and the total with private, and an incomplete year as words, not a sum", () => {
    expect(lines[1]).toBe("Sykehuset Telemark HF *;983975267;108;103;-5;må forklares");
    expect(lines[2]).toBe("Totalt Helse Sør-Øst/sykehus;;108;ufullst.;;");
    expect(lines[3]).toBe("Private avtaleparter;;241;258,5;17,5;");
    expect(lines[4]).toBe("Totalt Helse Sør-Øst med private;;349;ufullst.;;");
  });

  it("prints footnotes under the table, without control or bidi characters", () => {
    expect(lines[6]).toBe(
      "\"* Sykehuset Telemark HF, 2024: =cmd|' /C calc'!A0 \ufffd]52;c;x\ufffd \ufffdevil\"",
    );
    expect(hasUnprintable(lines.join(""))).toBe(false);
    expect(lines[7]).toBe("2024 er ufullstendig, ingen sum: mangler Akershus universitetssykehus HF.");
  });
});
