import { describe, expect, it } from "vitest";
import { describeIssue } from "../../../shared/messages/describe";
import { validate } from "../../../shared/report/validate";
import type { ValidationInput } from "../../../shared/report/validation-input";
import { numberStoredAsText } from "../../../shared/rules/number-stored-as-text";
import { testRule } from "./rule-tester";

const ACTIVITY = { templates: ["activity" as const] };
const RECEIVED = "activity.referrals_received_adult";
const REJECTED = "activity.referrals_rejected_adult";
const RATE = "activity.rejection_rate_adult";

describe("number-stored-as-text", () => {
  testRule(numberStoredAsText, {
    passing: [
      { name: "a real number", values: { "beds.tsb_total": 258.5 } },
      { name: "unreadable text is another rule's error", values: { "beds.tsb_total": "abc" } },
    ],
    failing: [
      {
        name: "258,5 stored as text",
        values: { "beds.bought_from_other_units": "258,5" },
        expected: ["number_as_text@beds.bought_from_other_units:warning"],
      },
      {
        name: "text in a part of a computed total is an error when the total left it out (SUM skips text)",
        values: { "beds.phv_adult_hospital": "40", "beds.phv_adult_dps": 63, "beds.phv_adult_total": 63 },
        expected: ["number_as_text_not_summed@beds.phv_adult_hospital:error"],
      },
      {
        name: "text in a part of a computed total that counted it is only the warning",
        values: { "beds.phv_adult_hospital": "40", "beds.phv_adult_dps": 63, "beds.phv_adult_total": 103 },
        templates: ["beds"],
        expected: ["number_as_text@beds.phv_adult_hospital:warning"],
      },
      {
        name: "grouped with a no-break space and a U+2212 minus",
        values: { "staffing.physicians_headcount": "1\u00a0533", "beds.bought_from_other_units": "\u22122" },
        expected: [
          "number_as_text@beds.bought_from_other_units:warning",
          "number_as_text@staffing.physicians_headcount:warning",
        ],
      },
      {
        name: "A17: received stored as text, and the sheet's rate left blank (COUNT skips text): an error",
        ...ACTIVITY,
        values: { [RECEIVED]: "5 200", [REJECTED]: 1040, [RATE]: "" },
        expected: [`number_as_text_not_in_share@${RECEIVED}:error`],
      },
      {
        name: "A17's twin: the share holds its figure (a file a script wrote): only the warning",
        ...ACTIVITY,
        values: { [RECEIVED]: "5 200", [REJECTED]: 1040, [RATE]: 20 },
        expected: [`number_as_text@${RECEIVED}:warning`],
      },
      {
        name: "a share that cannot be computed (no rejected yet) is blank for its own reason: the warning",
        ...ACTIVITY,
        values: { [RECEIVED]: "5 200", [RATE]: "" },
        expected: [`number_as_text@${RECEIVED}:warning`],
      },
    ],
  });
});

/** A17: in a cell formatted as Text a figure typed again stays text; the words say to change the format. */
describe("the advice for a number stored as text", () => {
  const said = (input: ValidationInput) =>
    validate(input, { templates: ["activity"], phase: "edit" })
      .issues.filter((issue) => issue.field === RECEIVED)
      .map((issue) => [describeIssue(issue, "nb"), describeIssue(issue, "en")]);

  it("in a Text-formatted cell: set the format to Number, then type the figure again (nb, then en)", () => {
    const [[nb, en] = []] = said({ values: { [RECEIVED]: "5 200" }, textCells: [RECEIVED] });
    expect(nb).toBe(
      "Tallet er lagret som tekst («5 200»); lest som 5\u00a0200. Cellen er formatert som tekst (@), så det som skrives i den blir tekst: sett cellens format til Tall, og skriv tallet på nytt.",
    );
    expect(en).toContain(
      "The cell is formatted as Text (@), so whatever is typed in it stays text: set the cell's format to Number",
    );
  });

  it("passes: in a General cell retyping is the fix, and the words say so", () => {
    const [[nb, en] = []] = said({ values: { [RECEIVED]: "5 200" } });
    expect(nb).toMatch(/Skriv det inn som tall\.$/);
    expect(nb).not.toContain("formatert som tekst");
    expect(en).toMatch(/Enter it as a number\.$/);
  });

  it("text that is no number in a Text-formatted cell ('ca. 3900') gets the same way out", () => {
    const [[nb, en] = []] = said({ values: { [RECEIVED]: "ca. 3900" }, textCells: [RECEIVED] });
    expect(nb).toBe(
      "«ca. 3900» er ikke et tall. Cellen er formatert som tekst (@), så det som skrives i den blir tekst: sett cellens format til Tall, og skriv tallet på nytt.",
    );
    expect(en).toMatch(/^"ca\. 3900" is not a number\. The cell is formatted as Text/);
  });

  it("passes: 'ca. 3900' in a General cell is only not a number", () => {
    const [[nb] = []] = said({ values: { [RECEIVED]: "ca. 3900" } });
    expect(nb).toBe("«ca. 3900» er ikke et tall.");
  });

  it("the share left blank is named, and export is closed until it is fixed", () => {
    const input = { values: { [RECEIVED]: "5 200", [REJECTED]: 1040, [RATE]: "" }, textCells: [RECEIVED] };
    const report = validate(input, { templates: ["activity"], phase: "export" });
    const issue = report.issues.find((entry) => entry.code === "number_as_text_not_in_share");
    expect(issue && describeIssue(issue, "nb")).toMatch(
      /^Tallet er lagret som tekst \(«5 200»\), så «Avvisningsrate, voksne» regnes ikke ut på arket \(cellen står tom\)/,
    );
    expect(issue && describeIssue(issue, "en")).toMatch(
      /so the sheet does not compute “Rejection rate, adults”/,
    );
    expect(report.ok).toBe(false);
  });
});
