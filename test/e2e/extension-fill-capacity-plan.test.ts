import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageFigures } from "../../extension/background/package-figures";
import type { ContentRequest } from "../../extension/content/content-api";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { contentRequest } from "./forms/browser";
import {
  capacityPlan,
  capacityPlanFluentReactForm,
  capacityPlanLabelledForm,
  capacityPlanTableForm,
  PLAN_AREAS,
  PLAN_YEARS,
} from "./forms/capacity-plan-forms";
import { measureFill, openForm } from "./forms/form-accuracy";
import {
  controlValues,
  expectEveryFigureInItsControl,
  type FormSession,
  openFormSession,
  outcomes,
  runOnPage,
  workerRequest,
} from "./forms/form-session";
import type { FormServer } from "./forms/serve-forms";
import type { TestForm } from "./forms/structured-forms";

// Capacity plans from examples/board/capacity-plan (Innlandet: 197,5 beds in 2031 and a reason for
// PHBU 2028; Telemark: a reason for PHV voksne 2029) into forms built as portals build them: a
// table with the service areas down and the years across beside last reported beds, labelled
// fields per area, and Fluent UI React SpinButtons. The figures are the service worker's own
// (packageFigures). After each fill every control of the page is read back.

const INNLANDET: SubmissionPackage = capacityPlan("innlandet-2025");
const TELEMARK: SubmissionPackage = capacityPlan("telemark-2025");
const TABLE = capacityPlanTableForm(INNLANDET);
const LABELLED = capacityPlanLabelledForm(INNLANDET);
const FLUENT = capacityPlanFluentReactForm(INNLANDET);
// The same table without the 2032 column: 2032's figures have nowhere to go.
const SHORT = capacityPlanTableForm(INNLANDET, PLAN_YEARS.slice(0, -1), "/capacity-plan-short");
const FORMS: readonly TestForm[] = [TABLE, LABELLED, FLUENT, SHORT];

let session: FormSession;
let server: FormServer;
let page: Page;

beforeAll(async () => {
  session = await openFormSession(FORMS);
  ({ server, page } = session);
}, 180_000);
afterAll(() => session?.close());

const run = (request: ContentRequest) => runOnPage(page, request);
const pageValues = () => controlValues(page);

/** What a plain form should hold after a fill of `pkg`: each year's figure in its cell, the rest empty. */
function filledTable(pkg: SubmissionPackage, years: readonly number[], reasons: boolean) {
  const want: Record<string, string> = { remark: "", contact: "" };
  for (const [slug, , name] of PLAN_AREAS) {
    want[`${slug}-reported`] = "";
    want[`${slug}-today`] = "";
    for (const year of years) {
      const value = pkg.values[`capacity_plan.${name}_${year}`];
      want[`${slug}-${year}`] = value === undefined ? "" : String(value).replace(".", ",");
    }
    const note = Object.entries(pkg.notes).find(([id]) => id.startsWith(`capacity_plan.${name}_`));
    want[`${slug}-reason`] = reasons && note ? note[1] : "";
  }
  return want;
}
const onlyPresent = (want: Record<string, string>, have: Record<string, string>) =>
  Object.fromEntries(Object.entries(want).filter(([id]) => id in have));

describe.each(FORMS)("$path by labels", (form) => {
  it("every figure in its own year's and area's control, no other control changed", async () => {
    const { accuracy } = await measureFill(page, server.origin, form, { figures: packageFigures(INNLANDET) });
    expectEveryFigureInItsControl(accuracy, form);
  });
});

describe("capacity plan table", () => {
  it("each figure in its year's column and area's row; the reported column and other boxes stay empty", async () => {
    await openForm(page, server.origin, TABLE);
    const result = await run(workerRequest(INNLANDET));
    const values = await pageValues();
    expect(values).toEqual(onlyPresent(filledTable(INNLANDET, PLAN_YEARS, true), values));
    expect(outcomes(result)["capacity_plan.phv_adult_2031"]).toBe("filled");
    expect(values["phv-2031"]).toBe("197,5");
  });

  it("Telemark's reason goes into PHV voksne's box and no other", async () => {
    await openForm(page, server.origin, TABLE);
    await run(workerRequest(TELEMARK));
    const values = await pageValues();
    expect(values).toEqual(onlyPresent(filledTable(TELEMARK, PLAN_YEARS, true), values));
  });

  it("a year the form has no column for is not found, and its neighbour keeps its own figure", async () => {
    await openForm(page, server.origin, SHORT);
    const result = await run(workerRequest(INNLANDET));
    for (const [, , name] of PLAN_AREAS) {
      expect(outcomes(result)[`capacity_plan.${name}_2032`]).toBe("not_found");
      expect(outcomes(result)[`capacity_plan.${name}_2031`]).toBe("filled");
    }
    const values = await pageValues();
    expect(values).toEqual(onlyPresent(filledTable(INNLANDET, PLAN_YEARS.slice(0, -1), true), values));
  });

  it("check mode compares without writing: all matched after a fill, a changed cell mismatched", async () => {
    await openForm(page, server.origin, TABLE);
    const fill = await run(workerRequest(INNLANDET));
    const check = await run(workerRequest(INNLANDET, { mode: "check" }));
    expect([...check.matched].sort()).toEqual([...fill.filled].sort());
    expect(check.mismatched).toEqual([]);
    await page.fill("#tsb-2030", "55");
    const before = await pageValues();
    const again = await run(workerRequest(INNLANDET, { mode: "check" }));
    expect(again.mismatched).toEqual([{ id: "capacity_plan.tsb_2030", expected: "50", actual: "55" }]);
    expect(await pageValues()).toEqual(before);
  });

  it("a check of an empty form writes nothing", async () => {
    await openForm(page, server.origin, TABLE);
    const check = await run(workerRequest(INNLANDET, { mode: "check" }));
    expect(check.matched).toEqual([]);
    expect(Object.values(await pageValues()).every((value) => value === "")).toBe(true);
  });

  it("this year's beds never go into a plan column", async () => {
    await openForm(page, server.origin, TABLE);
    const beds = { "beds.phv_adult_total": 103, "beds.phbu_total": 14, "beds.tsb_total": 26 };
    const result = await run(contentRequest(beds, { year: 2025 }));
    const values = await pageValues();
    for (const [slug] of PLAN_AREAS)
      for (const year of PLAN_YEARS) expect(values[`${slug}-${year}`]).toBe("");
    // "Rapportert 2025" is this year's column: the 2025 totals go there, and only there.
    expect(outcomes(result)).toEqual({
      "beds.phv_adult_total": "filled",
      "beds.phbu_total": "filled",
      "beds.tsb_total": "filled",
    });
    expect([values["phv-reported"], values["phbu-reported"], values["tsb-reported"]]).toEqual([
      "103",
      "14",
      "26",
    ]);
    expect(values["phv-reason"]).toBe("");
  });
});

describe("capacity plan in Fluent UI React", () => {
  it("the component state holds each year's figure (197.5 with the point the SpinButton reads), the reason in PHBU's box", async () => {
    await openForm(page, server.origin, FLUENT);
    const result = await run(workerRequest(INNLANDET));
    const state = (await page.evaluate(
      () => (window as unknown as { __capacityState: unknown }).__capacityState,
    )) as Record<string, string>;
    const want: Record<string, string> = {};
    for (const [slug, , name] of PLAN_AREAS) {
      want[`${slug}-reported`] = "";
      for (const year of PLAN_YEARS)
        want[`${slug}-${year}`] = String(INNLANDET.values[`capacity_plan.${name}_${year}`]);
      want[`${slug}-reason`] = slug === "phbu" ? (INNLANDET.notes["capacity_plan.phbu_2028"] ?? "") : "";
    }
    expect(state).toEqual(want);
    expect(state["phv-2031"]).toBe("197.5");
    expect(outcomes(result)["capacity_plan.phv_adult_2031"]).toBe("filled");
  });
});
