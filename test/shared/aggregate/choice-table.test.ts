import { describe, expect, it } from "vitest";
import { choicesOf, choiceTable } from "../../../shared/aggregate/choice-table";
import { planPackage } from "./plan-packages";

const FIELD = "plan_status.joint_intake";
const TELEMARK = "983975267";
const INNLANDET = "983971709";
const VESTFOLD = "983975259";
const files = (...pkgs: ReturnType<typeof planPackage>[]) =>
  pkgs.map((pkg, index) => ({ file: `#${index + 1}`, pkg }));

describe("choiceTable (a plan measure's status over units and years)", () => {
  it("knows a status field by its kind, and a figure is none", () => {
    expect(choicesOf(FIELD)?.map((choice) => choice.code)).toEqual([
      "not_started",
      "in_progress",
      "in_place",
    ]);
    expect(choicesOf("beds.phv_adult_total")).toBeUndefined();
    expect(choicesOf("plan_status.no_such_measure")).toBeUndefined();
  });

  it("gives each unit's status code per year and counts per status, every status listed, nothing summed", () => {
    const table = choiceTable(
      files(
        planPackage(TELEMARK, 2025, { [FIELD]: "not_started" }),
        planPackage(INNLANDET, 2025, { [FIELD]: "in_progress" }),
        planPackage(VESTFOLD, 2025),
        planPackage(TELEMARK, 2026, { [FIELD]: "in_progress" }),
        planPackage(VESTFOLD, 2026),
      ),
      FIELD,
    );
    expect(table.years).toEqual([2025, 2026]);
    // Registry order: Innlandet, Vestfold, Telemark.
    expect(table.rows.map((row) => [row.org, row.values])).toEqual([
      [INNLANDET, { "2025": "in_progress" }],
      [VESTFOLD, { "2025": "in_place", "2026": "in_place" }],
      [TELEMARK, { "2025": "not_started", "2026": "in_progress" }],
    ]);
    expect(table.counts).toEqual({
      "2025": { not_started: 1, in_progress: 1, in_place: 1 },
      "2026": { not_started: 0, in_progress: 1, in_place: 1 },
    });
    expect(table.total).toEqual({});
    expect(table.incomplete["2026"]).toContain(INNLANDET);
    expect(table.footnotes.map((note) => [note.org, note.year])).toEqual([
      [INNLANDET, 2025],
      [TELEMARK, 2025],
      [TELEMARK, 2026],
    ]);
  });

  it("leaves out and lists a package with errors (a status no choice names, a comment owed) and counts it nowhere", () => {
    const table = choiceTable(
      files(
        planPackage(TELEMARK, 2025, { [FIELD]: "done" }),
        planPackage(INNLANDET, 2025, { [FIELD]: "not_started" }, { comments: false }),
        planPackage(VESTFOLD, 2025),
      ),
      FIELD,
    );
    expect(table.refused.map((refusal) => [refusal.file, refusal.reason.code])).toEqual([
      ["#1", "validation_errors"],
      ["#2", "validation_errors"],
    ]);
    expect(table.rows.map((row) => row.org)).toEqual([VESTFOLD]);
    expect(table.counts["2025"]).toEqual({ not_started: 0, in_progress: 0, in_place: 1 });
    expect(table.incomplete["2025"]).toEqual(expect.arrayContaining([TELEMARK, INNLANDET]));
  });

  it("uses neither of two packages for one unit and year that give another status; identical copies count once", () => {
    const one = planPackage(TELEMARK, 2025, { [FIELD]: "in_progress" });
    const other = planPackage(TELEMARK, 2025, { [FIELD]: "not_started" });
    const conflict = choiceTable(files(one, other), FIELD);
    expect(conflict.rows).toEqual([]);
    expect(conflict.refused.map((refusal) => refusal.reason.code)).toEqual([
      "conflicting_duplicate",
      "conflicting_duplicate",
    ]);
    expect(conflict.counts["2025"]).toEqual({ not_started: 0, in_progress: 0, in_place: 0 });
    const twice = choiceTable(files(one, one), FIELD);
    expect(twice.counts["2025"]).toEqual({ not_started: 0, in_progress: 1, in_place: 0 });
    expect(twice.refused).toEqual([]);
  });
});
