import { describe, expect, it } from "vitest";
import { figureRows } from "../../../extension/background/figure-rows";
import type { FieldInfo, FrameResult } from "../../../extension/content/content-api";

const field = (label: string): FieldInfo => ({ label, section: "", score: 1, current: "", locators: [] });
const frame = (part: Partial<FrameResult>): FrameResult => ({
  frameUrl: "https://a.no/",
  filled: [],
  missing: [],
  mismatched: [],
  matched: [],
  ...part,
});
const ORDER = ["beds.unit_org", "beds.tsb_total", "staffing.unit_org", "staffing.sick_leave_pct"];

describe("figureRows", () => {
  it("counts the unit's org. no. of two templates once when both went to the same field", () => {
    const rows = figureRows(
      [
        frame({
          figures: [
            { id: "beds.unit_org", outcome: "filled", field: field("Org.nr."), expected: "983975267" },
            { id: "staffing.unit_org", outcome: "filled", field: field("Org.nr."), expected: "983975267" },
            { id: "beds.tsb_total", outcome: "ambiguous", candidates: [field("TSB"), field("TSB i alt")] },
          ],
        }),
      ],
      ORDER,
    );
    expect(rows.map((row) => [row.ids, row.outcome])).toEqual([
      [["beds.unit_org", "staffing.unit_org"], "filled"],
      [["beds.tsb_total"], "ambiguous"],
    ]);
    expect(rows[1]?.candidates?.map((candidate) => candidate.label)).toEqual(["TSB", "TSB i alt"]);
  });

  it("keeps two org. no. fields apart, and takes each figure from the frame that got furthest", () => {
    const rows = figureRows(
      [
        frame({
          figures: [
            {
              id: "beds.unit_org",
              outcome: "filled",
              field: field("Enhet (døgnplasser)"),
              expected: "983975267",
            },
            {
              id: "staffing.unit_org",
              outcome: "filled",
              field: field("Enhet (bemanning)"),
              expected: "983975267",
            },
            { id: "staffing.sick_leave_pct", outcome: "not_found" },
          ],
        }),
        frame({ frameUrl: "https://a.no/ramme", filled: ["staffing.sick_leave_pct"] }),
      ],
      ORDER,
    );
    expect(rows.map((row) => [row.ids.join("+"), row.outcome, row.frameUrl])).toEqual([
      ["beds.unit_org", "filled", "https://a.no/"],
      ["staffing.unit_org", "filled", "https://a.no/"],
      ["staffing.sick_leave_pct", "filled", "https://a.no/ramme"],
    ]);
  });

  it("builds rows from an engine's plain lists, with each missing field's reason", () => {
    const rows = figureRows(
      [
        frame({
          filled: ["beds.tsb_total"],
          missing: ["beds.unit_org", "staffing.unit_org", "staffing.sick_leave_pct"],
          reasons: { "staffing.sick_leave_pct": "readonly" },
        }),
      ],
      ORDER,
    );
    expect(rows.map((row) => [row.ids, row.outcome])).toEqual([
      [["beds.unit_org", "staffing.unit_org"], "not_found"],
      [["beds.tsb_total"], "filled"],
      [["staffing.sick_leave_pct"], "readonly"],
    ]);
  });
});
