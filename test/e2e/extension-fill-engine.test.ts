import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callContent, contentRequest, launchBrowser, runInAllFrames, runInFrame } from "./forms/browser";
import { buildReactForm } from "./forms/build-react-form";
import { type FormServer, startFormServer } from "./forms/serve-forms";

// The content script driven directly in Debian's Chromium (injected as the service worker injects
// it, but into the page's main world): the engine against forms built the way intranet forms are.
let browser: Browser;
let server: FormServer;
let page: Page;

beforeAll(async () => {
  server = await startFormServer({ reactBundle: await buildReactForm() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await browser.newPage();
});
afterEach(async () => {
  await page.close();
});

const BEDS = {
  "beds.unit_org": "983975267",
  "beds.phv_adult_hospital": 300.5,
  "beds.phv_adult_dps": 1469,
  "beds.phv_adult_total": 1769.5,
  "beds.phbu_total": 42,
  "beds.tsb_total": 12.5,
};

describe("React form with controlled inputs", () => {
  it("fills so that React's own state holds every value, and never submits", async () => {
    await page.goto(`${server.origin}/react/`);
    await page.waitForSelector("#field-total");
    const result = await runInAllFrames(page, contentRequest(BEDS));
    expect(result.filled).toEqual(Object.keys(BEDS));
    expect(result.missing).toEqual([]);
    await page.click("#show");
    const state = JSON.parse((await page.textContent("#state")) ?? "{}");
    expect(state).toEqual({
      unit: "983975267",
      hospital: "300,5",
      dps: "1469",
      total: "1769,5",
      phbu: "42",
      // type=number accepts only a point.
      tsb: "12.5",
    });
    expect(await page.evaluate(() => (window as { __submitted?: number }).__submitted)).toBeUndefined();
  });

  it("check mode compares with what the form holds and writes nothing", async () => {
    await page.goto(`${server.origin}/react/`);
    await page.waitForSelector("#field-total");
    await page.fill("#field-dps", "1 469");
    await page.fill("#field-phbu", "40");
    const values = { "beds.phv_adult_dps": 1469, "beds.phbu_total": 42, "beds.phv_adult_hospital": 300.5 };
    const result = await runInAllFrames(page, contentRequest(values, { mode: "check" }));
    expect(result.matched).toEqual(["beds.phv_adult_dps"]);
    expect(result.mismatched).toEqual([
      { id: "beds.phbu_total", expected: "42", actual: "40" },
      { id: "beds.phv_adult_hospital", expected: "300,5", actual: "" },
    ]);
    expect(await page.evaluate(() => (window as { __formState?: object }).__formState)).toMatchObject({
      hospital: "",
      phbu: "40",
    });
  });
});

describe("classic postback form", () => {
  it("fills the plain fields, then the reloading list; resumes the pending one after the reload", async () => {
    await page.goto(`${server.origin}/postback`);
    const values = {
      "beds.unit_org": "983975267",
      "beds.year": 2024,
      "beds.count_date": "2024-11-15",
      "beds.phv_adult_hospital": 300.5,
      "beds.phv_adult_dps": 1469,
      "beds.phv_adult_total": 1769.5,
      "beds.tsb_total": 12.5,
      "beds.phbu_total": 42,
    };
    const reloaded = page.waitForEvent("load");
    const first = await runInFrame(page.mainFrame(), contentRequest(values));
    expect(first.filled).toEqual([
      "beds.count_date",
      "beds.phv_adult_hospital",
      "beds.phv_adult_dps",
      "beds.phv_adult_total",
      "beds.tsb_total",
      "beds.unit_org",
    ]);
    expect(first.pending).toEqual(["beds.year"]);
    expect(first.reloading).toBe(true);
    expect(first.reasons).toEqual({ "beds.phbu_total": "readonly" });
    await reloaded;
    expect(await page.textContent("#postbacks")).toBe("1");

    // What the service worker does after the reload: run again with only the pending figures.
    const reloadedAgain = page.waitForEvent("load");
    // (The worker sends pending figures with overwrite: the server rendered its default back.)
    const second = await runInFrame(
      page.mainFrame(),
      contentRequest({ "beds.year": 2024 }, { overwrite: true }),
    );
    expect(second.filled).toEqual(["beds.year"]);
    await reloadedAgain;
    expect(await page.textContent("#postbacks")).toBe("2");

    const { "beds.phbu_total": _, ...written } = values;
    const check = await runInFrame(page.mainFrame(), contentRequest(written, { mode: "check" }));
    expect(check.matched).toEqual(Object.keys(written));
    expect(await page.inputValue("#ctl00_Main_txtHospital")).toBe("300,5");
    expect(await page.inputValue("#ctl00_Main_txtCountDate")).toBe("15.11.2024");
    // The server saw two postbacks from the lists and never the save button.
    expect(server.posts.map((post) => post.__EVENTTARGET)).toEqual([
      "ctl00$Main$ddlUnit",
      "ctl00$Main$ddlYear",
    ]);
    expect(server.posts.some((post) => Object.hasOwn(post, "ctl00$Main$btnSave"))).toBe(false);
  });
});

describe("SharePoint-like list form", () => {
  it("fills both frames, waits for the rows rendered 800 ms late, and marks what it filled", async () => {
    await page.goto(`${server.origin}/sharepoint`);
    await page.frameLocator("#staffing").locator("input").first().waitFor();
    const values = {
      "beds.unit_org": "983975267",
      "beds.year": 2024,
      "beds.phv_adult_hospital": 300.5,
      "beds.phv_adult_dps": 1469,
      "beds.phv_adult_total": 1769.5,
      "beds.tsb_total": 12.5,
      "beds.temporarily_closed": 7,
      "beds.phbu_total": 42,
      "staffing.senior_consultants_headcount": 40,
      "staffing.senior_consultants_fte": 38.25,
      "staffing.sick_leave_pct": 6.5,
    };
    const result = await runInAllFrames(page, contentRequest(values, { waitMs: 3000 }));
    expect(result.frames).toBe(2);
    expect(result.missing).toEqual(["beds.phbu_total"]);
    expect(result.filled).toEqual(Object.keys(values).filter((id) => id !== "beds.phbu_total"));
    expect(await page.inputValue("#ctl00_ctl40_g_7f3a_ff23_ctl00_ctl00_TextField")).toBe("1769,5");
    expect(await page.inputValue("#ctl00_ctl40_g_7f3a_ff31_ctl00_ctl00_TextField")).toBe("12,5");
    const frame = page.frameLocator("#staffing");
    // The iframe's page is English: points.
    expect(await frame.locator("#ctl00_ctl40_g_7f3a_ff42_ctl00_ctl00_TextField").inputValue()).toBe("38.25");
    // Marked without telling the page anything: no attribute, no style on the page's own elements.
    const marks = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll("input")].filter(
            (input) =>
              input.hasAttribute("style") ||
              [...input.attributes].some((item) => item.name.startsWith("data-")),
          ).length,
      );
    expect(await marks()).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("[data-hso]").length)).toBe(0);
    await callContent(page.mainFrame(), "clearHighlights");
    expect(await marks()).toBe(0);
    expect(await page.evaluate(() => (window as { __submitted?: number }).__submitted)).toBeUndefined();
  });
});

describe("fields a user could not type in", () => {
  it("reports hidden (CSS) and disabled (fieldset) fields missing with the reason", async () => {
    await page.setContent(`<html lang="nb"><body>
      <label for="a">PHBU, i alt</label><input id="a" style="display:none">
      <fieldset disabled><label for="b">TSB, i alt</label><input id="b"></fieldset>
      <label for="c">PHV voksne, DPS</label><input id="c" style="visibility:hidden">
      <label for="d">PHV voksne, i alt</label><input id="d"></body></html>`);
    const result = await runInFrame(
      page.mainFrame(),
      contentRequest({
        "beds.phbu_total": 1,
        "beds.tsb_total": 2,
        "beds.phv_adult_dps": 3,
        "beds.phv_adult_total": 4,
      }),
    );
    expect(result.filled).toEqual(["beds.phv_adult_total"]);
    expect(result.reasons).toEqual({
      "beds.phbu_total": "hidden",
      "beds.tsb_total": "disabled",
      "beds.phv_adult_dps": "hidden",
    });
    expect(await page.inputValue("#a")).toBe("");
  });
});
