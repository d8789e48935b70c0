import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unitClues } from "../../extension/background/unit-clues";
import type { FrameResult, PageIdentity } from "../../extension/content/content-api";
import { callContent, contentRequest, launchBrowser } from "./forms/browser";

// Forms an independent tester built to make the engine write a wrong figure (test/e2e/forms/
// adversary/, each control marked with data-k). Every case checks every control of the form: it
// holds what it held before or the one figure meant for it, nothing else.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const BEDS = {
  "beds.phv_adult_hospital": 40,
  "beds.phv_adult_dps": 63,
  "beds.phv_adult_total": 103,
  "beds.phbu_total": 21,
  "beds.tsb_total": 17,
  "beds.all_total": 141,
  "beds.temporarily_closed": 7,
  "beds.bought_from_other_units": 3,
  "beds.hospital_at_home_places": 5.5,
};

type Values = Record<string, string>;

async function fillForm(form: string, values: Record<string, number | string> = BEDS) {
  const page: Page = await browser.newPage();
  try {
    const html = readFileSync(resolve(import.meta.dirname, "forms/adversary", `${form}.html`), "utf8");
    await page.setContent(html);
    const read = () =>
      page.evaluate(() => {
        const out: Record<string, string> = {};
        for (const element of document.querySelectorAll<HTMLInputElement>("[data-k]")) {
          const key = element.dataset.k as string;
          out[key] =
            element.type === "checkbox" || element.type === "radio" ? String(element.checked) : element.value;
        }
        return out;
      });
    const before: Values = await read();
    const result = (await callContent(
      page.mainFrame(),
      "run",
      contentRequest(values, { year: 2024 }),
    )) as FrameResult;
    const after: Values = await read();
    const changed = Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key] !== value));
    return { result, changed };
  } finally {
    await page.close();
  }
}

describe("a control is only given a figure its own name or header names", () => {
  it.each([
    ["f17-placeholder-nonfigure", { phbu_real: "21" }],
    ["f21-nameless-inputs", { phbu_real: "21" }],
    ["f25-nameless-after-labelled", { phv_total: "103" }],
    ["f20-sharepoint-like", { sp_phv_total: "103", sp_phbu_after_hidden: "21", sp_tsb_after_span: "17" }],
    ["f7f-placeholder-beds-h1", { ph_phbu: "21", ph_closed: "7" }],
    ["f7b-placeholder-two", { ph_phv_total: "103", ph_all_total: "141" }],
    ["f7c-placeholder-ids", { ph_phv_total: "103" }],
    ["f7d-label-plus-lastyear-placeholder", { phv_total: "103" }],
  ])("%s", async (form, meant) => {
    const { changed } = await fillForm(form);
    expect(changed).toEqual(meant);
  });
});

describe("last year's column and hints outside a table", () => {
  it.each([
    ["f18-divgrid-lastyear", { grid_phv_2024: "103", grid_tsb_2024: "17" }],
    ["f18b-divgrid-thisyear-first", { grid_phv_2024: "103", grid_tsb_2024: "17" }],
    ["f19-describedby-hint", { tsb_with_helptext: "17" }],
    // "Antall døgnplasser" under each section; the plan's and the fake last-year heading's get none.
    ["f3-sections", { S_hospital: "40", S_dps: "63", S_phv_total: "103", S_phbu: "21", S_tsb: "17" }],
  ])("%s", async (form, meant) => {
    const { changed } = await fillForm(form);
    expect(changed).toEqual(meant);
  });
});

describe("the page's own constraints", () => {
  it("writes nothing the page's max, step or maxlength rejects, and reports it refused (f4)", async () => {
    const { result, changed } = await fillForm("f4-controls");
    expect(result.reasons).toMatchObject({
      "beds.phv_adult_hospital": "refused",
      "beds.all_total": "refused",
      "beds.hospital_at_home_places": "refused",
    });
    expect(result.filled).toEqual(["beds.phv_adult_dps"]);
    // The page multiplies "Kjøpt fra andre enheter" by ten on change: read back as 30, reported
    // mismatched with both values, and the field is put back to what it held (empty).
    expect(result.mismatched).toContainEqual({
      id: "beds.bought_from_other_units",
      expected: "3",
      actual: "30",
    });
    expect(changed).toEqual({ dps_mask: "63" });
  });

  it("says so in the preview already (f4, plan mode)", async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(
        readFileSync(resolve(import.meta.dirname, "forms/adversary/f4-controls.html"), "utf8"),
      );
      const plan = (await callContent(
        page.mainFrame(),
        "run",
        contentRequest(BEDS, { year: 2024, mode: "plan" }),
      )) as FrameResult;
      const outcome = (id: string) => plan.figures?.find((row) => row.id === id)?.outcome;
      expect([
        outcome("beds.phv_adult_hospital"),
        outcome("beds.all_total"),
        outcome("beds.phv_adult_dps"),
      ]).toEqual(["refused", "refused", "planned"]);
    } finally {
      await page.close();
    }
  });

  it("refuses a decimal where the pattern wants whole numbers (f16b)", async () => {
    const { result, changed } = await fillForm("f16b-decimal-pattern");
    expect(result.reasons).toMatchObject({ "beds.hospital_at_home_places": "refused" });
    expect(changed).toEqual({ phv_ph00: "103" });
  });

  it("refuses a percentage where the page allows at most 1 (f15)", async () => {
    const { result, changed } = await fillForm("f15-activity-matrix", {
      "activity.delmedmeg_coverage_pct": 31,
    });
    expect(result.reasons).toEqual({ "activity.delmedmeg_coverage_pct": "refused" });
    expect(changed).toEqual({});
  });
});

describe("hidden controls", () => {
  it("leaves controls a user cannot see alone: opacity, off page, closed details, height 0, aria-hidden, scale 0 (f10)", async () => {
    const { result, changed } = await fillForm("f10-hidden");
    expect(changed).toEqual({});
    expect(result.filled).toEqual([]);
    expect(result.reasons).toMatchObject({
      "beds.phv_adult_total": "hidden",
      "beds.phbu_total": "hidden",
      "beds.tsb_total": "hidden",
      "beds.all_total": "hidden",
      "beds.temporarily_closed": "hidden",
      "beds.phv_adult_dps": "hidden",
      "beds.phv_adult_hospital": "hidden",
    });
  });
});

describe("page identity", () => {
  const units = [
    { org: "983975267", name: "Sykehuset Telemark HF" },
    { org: "983975259", name: "Sykehuset i Vestfold HF" },
    { org: "983975240", name: "Sørlandet sykehus HF" },
  ];
  const identityOf = async (form: string) => {
    const page = await browser.newPage();
    try {
      await page.setContent(
        readFileSync(resolve(import.meta.dirname, "forms/adversary", `${form}.html`), "utf8"),
      );
      return (await callContent(page.mainFrame(), "identity", {})) as PageIdentity;
    } finally {
      await page.close();
    }
  };

  it.each([
    ["f6d-vestfold-breadcrumb", "983975259"],
    ["f6k-breadcrumb-withHF", "983975259"],
    ["f6l-heading-shortname", "983975259"],
    ["f6m-heading-sorlandet", "983975240"],
    ["f6o-label-unit-text", "983975259"],
  ])("%s names its unit", async (form, org) => {
    const identity = await identityOf(form);
    expect(unitClues(identity.named, units).map((clue) => clue.value)).toContain(org);
  });

  it("reads an org. no. in a line about the unit (f6g)", async () => {
    const identity = await identityOf("f6g-vestfold-text-org");
    expect(identity.orgs.map((clue) => clue.value)).toContain("983975259");
  });

  it("does not take a plan's section heading for the page's year (f3)", async () => {
    const identity = await identityOf("f3-sections");
    expect(identity.years).toEqual([]);
  });
});
