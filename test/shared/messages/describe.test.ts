import { describe, expect, it } from "vitest";
import { describeIssue, describePackageError, issueLine } from "../../../shared/messages/describe";
import { EN } from "../../../shared/messages/en";
import { NB } from "../../../shared/messages/nb-catalogue";
import type { Issue, IssueCode, IssueParams } from "../../../shared/report/issue";
import { ISSUE_PARAMS } from "../../../shared/report/issue";
import { hasUnprintable } from "../../../shared/text/printable-text";

/** An issue of a code at a field, with params typed by the code (a wrong param does not compile). */
function issue<C extends IssueCode>(code: C, params: IssueParams<C>, field = "beds.phv_adult_total"): Issue {
  return { code, severity: "warning", field, params, rule: "test" } as Issue;
}

const CHANGE = {
  ...issue("change_unexplained", {
    previous: 1509,
    current: 1511,
    change: 2,
    percent: 0.1,
    thresholdAbsolute: 5,
    thresholdPercent: 5,
    previousYear: null,
  }),
  cell: "Døgnplasser!C9",
};

describe("messages", () => {
  it("has Norwegian and English words for exactly the issue codes and refusals there are", () => {
    expect(Object.keys(NB.issues).sort()).toEqual(Object.keys(ISSUE_PARAMS).sort());
    expect(Object.keys(EN.issues).sort()).toEqual(Object.keys(ISSUE_PARAMS).sort());
    expect(Object.keys(NB.packageErrors).sort()).toEqual(Object.keys(EN.packageErrors).sort());
    expect(Object.keys(NB.numberReasons).sort()).toEqual(Object.keys(EN.numberReasons).sort());
  });

  it("checks every code's params with the compiler", () => {
    // @ts-expect-error total_mismatch's parts are field ids, never a comma-joined string
    issue("total_mismatch", { total: 1, sum: 2, parts: "beds.a, beds.b" });
    // @ts-expect-error a code's words cannot use a parameter the code does not have
    NB.issues.not_half_step = (p) => `${p.parts}`;
    expect(true).toBe(true);
  });

  it("writes numbers the language's way and points at the cell", () => {
    expect(describeIssue(CHANGE, "nb")).toContain("1\u00a0509");
    expect(describeIssue(CHANGE, "nb")).toContain("0,1");
    expect(describeIssue(CHANGE, "en")).toContain("1509");
    expect(issueLine(CHANGE, "nb")).toMatch(/^Døgnplasser!C9 – PHV voksne, i alt: Endring fra/);
    expect(issueLine(CHANGE, "en")).toMatch(/^Døgnplasser!C9 – Adult mental health, total: The change/);
  });

  it("translates the number parser's reason", () => {
    const text = issue("not_a_number", { text: "1.234", reason: "ambiguous_separator", textFormat: "" });
    expect(describeIssue(text, "nb")).toContain("tvetydig");
    expect(describeIssue(text, "en")).toContain("ambiguous");
  });

  it("describes a refused package in both languages", () => {
    const error = { code: "package_digest" as const, path: "digest", params: {} };
    expect(describePackageError(error, "nb")).toMatch(/Kontrollsummen/);
    expect(describePackageError(error, "en")).toMatch(/digest/);
  });
});

describe("fields are named by their labels, never by their ids", () => {
  it("a blank part names its computed total", () => {
    const blank = issue("total_part_missing", { total: "beds.phv_adult_total" }, "beds.phv_adult_dps");
    expect(describeIssue(blank, "nb")).toBe("Må fylles ut; summen «PHV voksne, i alt» regnes ut av denne.");
    expect(describeIssue(blank, "en")).toBe(
      "Required; the total “Adult mental health, total” is computed from it.",
    );
  });

  it("another unit in another sheet is named with the field's label and its sheet, not beds.unit_org", () => {
    const other = issue(
      "unit_mismatch",
      { org: "983971636", other: "983975267", otherField: "beds.unit_org" },
      "staffing.unit_org",
    );
    expect(describeIssue(other, "nb")).toBe(
      "Enheten 983 971 636 er ikke den samme som 983 975 267 i «Rapporterende enhet (org.nr.)» på arket Døgnplasser.",
    );
    expect(describeIssue(other, "en")).not.toContain("beds.unit_org");
  });

  it("lists parts whose labels hold commas without splitting them", () => {
    const mismatch = issue("total_mismatch", {
      total: 100,
      sum: 103,
      parts: ["beds.phv_adult_hospital", "beds.phv_adult_dps"],
    });
    expect(describeIssue(mismatch, "nb")).toBe(
      "Summen 100 er ikke lik summen av «PHV voksne, sykehusnivå» og «PHV voksne, DPS» (103).",
    );
    expect(describeIssue(mismatch, "en")).toBe(
      "The total 100 does not equal the sum of “Adult mental health, hospital level” and “Adult mental health, DPS” (103).",
    );
  });
});

describe("messages read as people write", () => {
  it("gives a change its sign, names the threshold, and a date has the Norwegian form", () => {
    const change = issue("change_unexplained", {
      previous: 103,
      current: 110,
      change: 7,
      percent: 6.8,
      thresholdAbsolute: 5,
      thresholdPercent: 5,
      previousYear: null,
    });
    expect(describeIssue(change, "nb")).toBe(
      "Endring fra 103 i fjor til 110 (+7, 6,8 %) må forklares: grensen er 5 plasser eller 5 %.",
    );
    expect(describeIssue(change, "en")).toBe(
      "The change from 103 last year to 110 (+7, 6.8 %) needs an explanation: the threshold is 5 beds or 5 %.",
    );
    const date = issue("count_date_outside_year", { date: "2024-11-19", year: 2025 });
    expect(describeIssue(date, "nb")).toContain(
      "Telledatoen 19.11.2024 ligger utenfor rapporteringsåret 2025",
    );
    expect(describeIssue(date, "en")).toContain("2024-11-19");
  });

  it("names only the percentage where a template has no absolute threshold", () => {
    const change = issue("change_unexplained", {
      previous: 20,
      current: 30,
      change: 10,
      percent: 50,
      thresholdAbsolute: null,
      thresholdPercent: 10,
      previousYear: null,
    });
    expect(describeIssue(change, "nb")).toBe(
      "Endring fra 20 i fjor til 30 (+10, 50 %) må forklares: grensen er 10 %.",
    );
    expect(describeIssue(change, "en")).toContain("the threshold is 10 %.");
  });

  it("chooses the plural with Intl.PluralRules", () => {
    const one = issue("too_many_decimals", { value: 1.25, decimals: 1 }, "staffing.physicians_fte");
    const two = issue("too_many_decimals", { value: 1.255, decimals: 2 }, "staffing.physicians_fte");
    expect(describeIssue(one, "nb")).toBe("1,25 har flere enn 1 desimal.");
    expect(describeIssue(two, "nb")).toBe("1,255 har flere enn 2 desimaler.");
    expect(describeIssue(one, "en")).toBe("1.25 has more than 1 decimal.");
    const threshold = issue(
      "change_unexplained",
      {
        previous: 10,
        current: 12,
        change: 2,
        percent: 20,
        thresholdAbsolute: 1,
        thresholdPercent: 5,
        previousYear: null,
      },
      "staffing.physicians_headcount",
    );
    expect(describeIssue(threshold, "nb")).toContain("grensen er 1 person eller 5 %");
    const part = issue(
      "part_exceeds_whole",
      { whole: 10, sum: 12, wholeField: "beds.all_total", parts: ["beds.temporarily_closed"], partCount: 1 },
      "beds.temporarily_closed",
    );
    expect(describeIssue(part, "en")).toBe(
      "“Of which temporarily closed” (12) is more than “All beds” (10).",
    );
  });

  it("says why text is not a number only when there is more to say than that", () => {
    expect(
      describeIssue(
        issue("not_a_number", { text: "20 plasser", reason: "not_a_number", textFormat: "" }),
        "nb",
      ),
    ).toBe("«20 plasser» er ikke et tall.");
    expect(
      describeIssue(
        issue("not_a_number", { text: "1.234", reason: "ambiguous_separator", textFormat: "" }),
        "en",
      ),
    ).toContain('"1.234" is not a number (');
  });

  it("never throws for an issue whose params were lost on the way (stored or sent as JSON)", () => {
    const lost = {
      code: "total_mismatch",
      severity: "error",
      field: "beds.phv_adult_total",
      params: {},
      rule: "x",
    };
    expect(describeIssue(lost as unknown as Issue, "nb")).toBe("Summen  er ikke lik summen av  ().");
  });

  it("shows text from a cell printable: no control or bidi character reaches a terminal", () => {
    const hostile = issue("not_a_number", {
      text: "\u001b]52;c;aGk=\u0007\u202e03",
      reason: "not_a_number",
      textFormat: "",
    });
    const words = describeIssue(hostile, "nb");
    expect(hasUnprintable(words)).toBe(false);
    expect(words).toContain("\ufffd");
  });
});
