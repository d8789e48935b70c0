import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../shared/messages/describe";
import { validate } from "../../../shared/report/validate";
import { workbookInput } from "../../../shared/report/workbook-input";

// Adversary findings A2 and A3 (test/fixtures/adversary-addin/FINDINGS.md): Excel stores "5 200 %"
// typed into a count as 52 with a percent format, "41,5 %" into waiting days as 0,415.
const cell = (name: string, value: number, numberFormat: string, address: string) => (asked: string) =>
  asked === name ? { value, address, numberFormat } : undefined;

describe("a percent-formatted cell of a field that is no percentage is never read", () => {
  it("a count typed with % (52 shown as 5200 %) is an error at the cell typed, neither 52 nor 5 200", () => {
    const read = cell("activity.referrals_received_adult", 52, "0%", "Aktivitet!C11");
    const { input } = workbookInput(read, ["activity"]);
    expect(input.values).not.toHaveProperty("activity.referrals_received_adult");
    expect(input.problems?.["activity.referrals_received_adult"]).toEqual({
      code: "cell_percent_format",
      params: { format: "0%", stored: 52, shown: 5200 },
    });
    const report = validate(input, { templates: ["activity"], phase: "edit" });
    const found = report.issues.filter((issue) => issue.code === "cell_percent_format");
    expect(found).toEqual([expect.objectContaining({ cell: "Aktivitet!C11", severity: "error" })]);
    const words = describeIssue(found[0] as (typeof found)[number], "nb");
    expect(words).toMatch(/Excel lagret det som ble skrevet som 52 \(vist som 5\s200 %\)/);
    expect(describeIssue(found[0] as (typeof found)[number], "en")).toContain(
      "Set the cell's format to Number",
    );
  });

  it("waiting days typed as 41,5 % (0,415) are refused, not exported as 41,5 days", () => {
    const read = cell("activity.wait_days_adult", 0.415, "0.00%", "Aktivitet!C8");
    const { input } = workbookInput(read, ["activity"]);
    expect(input.values).not.toHaveProperty("activity.wait_days_adult");
    expect(input.problems?.["activity.wait_days_adult"]?.code).toBe("cell_percent_format");
  });

  it("a percentage field in a percent cell is still read as the percentage it shows", () => {
    const read = cell("activity.delmedmeg_coverage_pct", 0.065, "0.0%", "Aktivitet!C33");
    const { input } = workbookInput(read, ["activity"]);
    expect(input.values["activity.delmedmeg_coverage_pct"]).toBe(6.5);
    expect(input.problems ?? {}).toEqual({});
  });
});
