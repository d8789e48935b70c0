import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../shared/messages/describe";
import { validate } from "../../../shared/report/validate";
import { valueInRange } from "../../../shared/rules/value-in-range";
import { testRule } from "./rule-tester";

const ACTIVITY = { templates: ["activity" as const] };

describe("value-in-range", () => {
  testRule(valueInRange, {
    passing: [
      { name: "zero beds", values: { "beds.tsb_total": 0 } },
      { name: "percent at the bounds", values: { "staffing.sick_leave_pct": 100 } },
      { name: "a share at 100 %", ...ACTIVITY, values: { "activity.video_share_adult": 100 } },
    ],
    failing: [
      { name: "negative beds", values: { "beds.tsb_total": -1 }, expected: ["below_min@beds.tsb_total"] },
      {
        name: "percent over 100",
        values: { "staffing.sick_leave_pct": 100.5 },
        expected: ["above_max@staffing.sick_leave_pct"],
      },
      {
        name: "A18: a rejection rate above 100 % is named as a share, with its part and whole",
        ...ACTIVITY,
        values: { "activity.rejection_rate_adult": 101.9 },
        expected: ["share_out_of_range@activity.rejection_rate_adult"],
      },
      {
        name: "negative FTE from text",
        values: { "staffing.psychologists_fte": "−3" },
        expected: ["below_min@staffing.psychologists_fte"],
      },
    ],
  });
});

/** Adversary A18: the share's own cell is a locked formula; the words name the cells it is computed from. */
describe("a share out of range names its inputs and their cells", () => {
  const CELLS = {
    "activity.rejection_rate_adult": "Aktivitet!C13",
    "activity.referrals_received_adult": "Aktivitet!C11",
    "activity.referrals_rejected_adult": "Aktivitet!C12",
  };
  const judged = (values: Record<string, number | string>) =>
    validate(
      { values: { "activity.unit_org": "983975267", "activity.year": 2025, ...values }, cells: CELLS },
      { templates: ["activity"], phase: "edit" },
    ).issues.filter((issue) => issue.severity === "error");

  it("a rate of 101,9 % that no part-whole error explains (typed over, or an old formula): nb first, then en", () => {
    const [issue] = judged({
      "activity.referrals_received_adult": 5200,
      "activity.referrals_rejected_adult": 1040,
      "activity.rejection_rate_adult": 101.9,
    });
    expect(issue).toMatchObject({ code: "share_out_of_range", cell: "Aktivitet!C13" });
    expect(issue && describeIssue(issue, "nb")).toBe(
      "Andelen 101,9 % er utenfor 0–100 %. Den regnes ut av «Avviste henvisninger, voksne» (Aktivitet!C12) " +
        "delt på «Mottatte henvisninger, voksne» (Aktivitet!C11): rett det av tallene som er feil.",
    );
    expect(issue && describeIssue(issue, "en")).toBe(
      "The share 101.9 % is outside 0–100 %. It is computed from “Referrals rejected, adults” (Aktivitet!C12) " +
        "divided by “Referrals received, adults” (Aktivitet!C11): correct whichever of them is wrong.",
    );
  });

  it("passes: more rejected than received is the one error, at the typed whole, not also the share", () => {
    const issues = judged({
      "activity.referrals_received_adult": 5200,
      "activity.referrals_rejected_adult": 5300,
      "activity.rejection_rate_adult": 101.9,
    });
    expect(issues.map((issue) => `${issue.code}@${issue.cell}`)).toEqual([
      "part_exceeds_whole@Aktivitet!C11",
    ]);
  });

  it("in a package (no cells) the inputs are named by their labels alone", () => {
    const report = validate(
      { values: { "activity.rejection_rate_adult": 150 } },
      { templates: ["activity"], phase: "edit" },
    );
    const issue = report.issues.find((entry) => entry.code === "share_out_of_range");
    expect(issue && describeIssue(issue, "nb")).toContain(
      "Den regnes ut av «Avviste henvisninger, voksne» delt på «Mottatte henvisninger, voksne»:",
    );
  });
});
