import { describe, expect, it } from "vitest";
import { statusHistory } from "../../../addin/components/status-history-rows";
import { trendPoints } from "../../../addin/components/trend-points";
import { findField } from "../../../shared/templates/catalogue";

/**
 * The workbook's `prev.` figure is drawn at the year the sheet records for it (A4: a package of 2020
 * used as the previous one for 2025 wrote 2020's 108 beside the 2025 figures; the trend drew it at
 * 2024, a figure of the wrong year).
 */
describe("the workbook's last year's column in the trend and the status history", () => {
  it("a figure from 2020's package is drawn at 2020, not at 2024", () => {
    const points = trendPoints("beds.phv_adult_total", [], {
      year: 2025,
      value: 103,
      previous: 108,
      previousYear: 2020,
    });
    expect(points).toEqual([
      { year: 2020, value: 108 },
      { year: 2025, value: 103, current: true },
    ]);
  });

  it("passes: without a recorded year (an older workbook) the figure is the year before's", () => {
    const points = trendPoints("beds.phv_adult_total", [], { year: 2025, value: 103, previous: 108 });
    expect(points.map((point) => point.year)).toEqual([2024, 2025]);
  });

  it("a status from 2021's package is shown under 2021", () => {
    const field = findField("plan_status.children_24_7");
    if (!field) throw new Error("no such field");
    const history = statusHistory([field], [], () => ({
      year: 2025,
      value: "under arbeid",
      previous: "på plass",
      previousYear: 2021,
    }));
    expect(history.years).toEqual([2021, 2025]);
    expect(history.rows[0]?.entries.map((entry) => entry?.code)).toEqual(["in_place", "in_progress"]);
  });

  it("passes: a status without a recorded year is last year's", () => {
    const field = findField("plan_status.children_24_7");
    if (!field) throw new Error("no such field");
    const history = statusHistory([field], [], () => ({ year: 2025, previous: "på plass" }));
    expect(history.years).toEqual([2024]);
  });
});
