import { describe, expect, it } from "vitest";
import { describeIssue, describePackageError, issueLine } from "../../../shared/messages/describe";
import { EN } from "../../../shared/messages/en";
import { NB } from "../../../shared/messages/nb";
import type { Issue } from "../../../shared/report/issue";

const CHANGE: Issue = {
  code: "change_unexplained",
  severity: "warning",
  field: "beds.phv_adult_total",
  cell: "Døgnplasser!C9",
  params: { previous: 1509, current: 1511, change: 2, percent: 0.1 },
  rule: "change-needs-explanation",
};

describe("messages", () => {
  it("has Norwegian and English words for exactly the same codes", () => {
    expect(Object.keys(NB.issues).sort()).toEqual(Object.keys(EN.issues).sort());
    expect(Object.keys(NB.packageErrors).sort()).toEqual(Object.keys(EN.packageErrors).sort());
    expect(Object.keys(NB.numberReasons).sort()).toEqual(Object.keys(EN.numberReasons).sort());
  });

  it("writes numbers the language's way and points at the cell", () => {
    expect(describeIssue(CHANGE, "nb")).toContain("1\u00a0509");
    expect(describeIssue(CHANGE, "nb")).toContain("0,1");
    expect(describeIssue(CHANGE, "en")).toContain("1509");
    expect(issueLine(CHANGE, "nb")).toMatch(/^Døgnplasser!C9 – PHV voksne, i alt: Endring fra/);
    expect(issueLine(CHANGE, "en")).toMatch(/^Døgnplasser!C9 – Adult mental health, total: The change/);
  });

  it("translates the number parser's reason", () => {
    const issue: Issue = {
      ...CHANGE,
      code: "not_a_number",
      params: { text: "1.234", reason: "ambiguous_separator" },
    };
    expect(describeIssue(issue, "nb")).toContain("tvetydig");
    expect(describeIssue(issue, "en")).toContain("ambiguous");
  });

  it("describes a refused package in both languages", () => {
    const error = { code: "package_digest" as const, path: "digest", params: {} };
    expect(describePackageError(error, "nb")).toMatch(/Kontrollsummen/);
    expect(describePackageError(error, "en")).toMatch(/digest/);
  });
});

describe("a computed total's message names its parts", () => {
  it("in both languages", () => {
    const issue = {
      code: "total_parts_missing" as const,
      severity: "error" as const,
      field: "beds.phv_adult_total",
      params: { parts: "beds.phv_adult_hospital,beds.phv_adult_dps" },
      rule: "required-present",
    };
    expect(describeIssue(issue, "nb")).toBe(
      "Summen regnes ut av delene; fyll ut PHV voksne, sykehusnivå og PHV voksne, DPS.",
    );
    expect(describeIssue(issue, "en")).toContain(
      "fill in Adult mental health, hospital level and Adult mental health, DPS.",
    );
  });
});

describe("messages read as people write", () => {
  const issue = (code: Issue["code"], params: Issue["params"]): Issue => ({
    code,
    severity: "warning",
    field: "beds.phv_adult_total",
    params,
    rule: "test",
  });

  it("gives a change its sign and a date the Norwegian form", () => {
    const change = issue("change_unexplained", { previous: 103, current: 110, change: 7, percent: 6.8 });
    expect(describeIssue(change, "nb")).toBe("Endring fra 103 i fjor til 110 (+7, 6,8 %) må forklares.");
    const date = issue("count_date_outside_year", { date: "2024-11-19", year: 2025 });
    expect(describeIssue(date, "nb")).toContain(
      "Telledatoen 19.11.2024 ligger utenfor rapporteringsåret 2025",
    );
    expect(describeIssue(date, "en")).toContain("2024-11-19");
  });

  it("says why text is not a number only when there is more to say than that", () => {
    expect(describeIssue(issue("not_a_number", { text: "20 plasser", reason: "not_a_number" }), "nb")).toBe(
      "«20 plasser» er ikke et tall.",
    );
    expect(
      describeIssue(issue("not_a_number", { text: "1.234", reason: "ambiguous_separator" }), "en"),
    ).toContain('"1.234" is not a number (');
  });
});
