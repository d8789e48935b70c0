import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { unitClues } from "../../extension/background/unit-clues";
import type {
  FigureToFill,
  FrameResult,
  PageIdentity,
  ProfileTest,
  UndoResult,
} from "../../extension/content/content-api";
import { callContent, contentRequest, launchBrowser } from "./forms/browser";
import { buildReactForm } from "./forms/build-react-form";
import { type FormServer, startFormServer } from "./forms/serve-forms";

// The engine's modes and the controls intranets use, in Debian's Chromium: undo that React's state
// follows, page identity, a profile test, choices into lists and radios, comments into their own
// text area, the hiding tricks of the security review, date and decimal formats, DOM clobbering.
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

const run = (request: ReturnType<typeof contentRequest>) =>
  callContent(page.mainFrame(), "run", request) as Promise<FrameResult>;

describe("plan, fill, undo", () => {
  it("plans without writing, fills the confirmed rows, and undo restores what React's state held", async () => {
    await page.goto(`${server.origin}/react/`);
    await page.waitForSelector("#field-total");
    await page.fill("#field-phbu", "17");
    const values = { "beds.phv_adult_dps": 63.5, "beds.phbu_total": 20, "beds.tsb_total": 30 };
    const plan = await run(contentRequest(values, { mode: "plan" }));
    expect(plan.figures?.map((row) => [row.id, row.outcome, row.field?.current])).toEqual([
      ["beds.phv_adult_dps", "planned", ""],
      // Holds another value: written only if the user chooses overwrite (FINDINGS S5).
      ["beds.phbu_total", "mismatched", "17"],
      ["beds.tsb_total", "planned", ""],
    ]);
    expect(await page.evaluate(() => (window as { __formState?: object }).__formState)).toMatchObject({
      dps: "",
      tsb: "",
    });
    // The user unticks TSB and asks to overwrite PHBU.
    const confirmed = (plan.figures ?? [])
      .filter((row) => row.id !== "beds.tsb_total")
      .map((row) => ({
        id: row.id,
        locators: row.field?.locators ?? [],
        label: row.field?.label ?? "",
        section: row.field?.section ?? "",
      }));
    const fill = await run(contentRequest(values, { confirmed, overwrite: true }));
    expect(fill.filled.sort()).toEqual(["beds.phbu_total", "beds.phv_adult_dps"]);
    expect(await page.evaluate(() => (window as { __formState?: object }).__formState)).toMatchObject({
      dps: "63,5",
      phbu: "20",
      tsb: "",
    });
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    expect(undo.restored.sort()).toEqual(["beds.phbu_total", "beds.phv_adult_dps"]);
    expect(await page.evaluate(() => (window as { __formState?: object }).__formState)).toMatchObject({
      dps: "",
      phbu: "17",
      tsb: "",
    });
    const again = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    expect(again.unknown).toBe(true);
  });

  it("refuses a confirmed row whose field no longer reads as the preview showed", async () => {
    await page.setContent(
      `<html lang="nb"><body><label for="a">PHBU, i alt</label><input id="a"></body></html>`,
    );
    const plan = await run(contentRequest({ "beds.phbu_total": 20 }, { mode: "plan" }));
    const row = plan.figures?.[0];
    await page.evaluate(() => {
      (document.querySelector("label") as HTMLLabelElement).textContent = "TSB, i alt";
    });
    const fill = await run(
      contentRequest(
        { "beds.phbu_total": 20 },
        {
          confirmed: [
            {
              id: "beds.phbu_total",
              locators: [{ kind: "id", id: "a" }],
              label: row?.field?.label ?? "",
              section: "",
            },
          ],
        },
      ),
    );
    expect(fill.reasons).toEqual({ "beds.phbu_total": "changed" });
    expect(await page.inputValue("#a")).toBe("");
  });
});

describe("page identity and profile test", () => {
  it("reports the unit and years the page shows, and where", async () => {
    await page.setContent(`<html lang="nb"><head><title>Døgnplasser 2025</title></head><body>
      <h1>Sykehuset Telemark HF – rapportering 2025</h1>
      <label for="org">Org.nr.</label><input id="org" value="983 975 267">
      <label for="y">Rapporteringsår</label><select id="y"><option>2024</option><option selected>2025</option></select>
      <label for="d">Telledato</label><input id="d" value="15.11.2025"></body></html>`);
    const identity = (await callContent(page.mainFrame(), "identity", {})) as PageIdentity;
    // The page sends its texts; the worker names the units in them (background/unit-clues.ts).
    const units = unitClues(identity.named, [{ org: "983975267", name: "Sykehuset Telemark HF" }]);
    expect(identity.orgs).toEqual([{ value: "983975267", source: "field", where: "Org.nr." }]);
    expect(units.map((clue) => [clue.value, clue.source])).toEqual([["983975267", "heading"]]);
    expect(identity.years.map((clue) => [clue.value, clue.source, clue.where])).toEqual([
      ["2025", "field", "Rapporteringsår"],
      // A count is made within its reporting year: the count date says the year too (B6).
      ["2025", "field", "Telledato"],
      ["2025", "heading", "Sykehuset Telemark HF – rapportering 2025"],
      ["2025", "title", "Døgnplasser 2025"],
    ]);
  });

  it("answers what each locator of a profile finds", async () => {
    await page.setContent(`<html lang="nb"><body><h2>Voksne – DPS</h2>
      <label for="a">Antall døgnplasser</label><input id="a" name="dps">
      <h2>TSB</h2><label for="b">Antall døgnplasser</label><input id="b" name="tsb"></body></html>`);
    const profile = {
      name: "Test",
      urlPattern: "http://127.0.0.1/*",
      decimal: "comma",
      fields: {
        "beds.phv_adult_dps": {
          locators: [
            { kind: "label", label: "Antall døgnplasser" },
            { kind: "label", label: "Antall døgnplasser", section: "Voksne – DPS" },
            { kind: "css", path: "input[" },
          ],
        },
        "beds.tsb_total": { locators: [{ kind: "name", name: "nope" }] },
      },
    };
    const test = (await callContent(page.mainFrame(), "testProfile", profile)) as ProfileTest;
    expect(
      test.fields.map((field) => [field.id, field.outcome, field.probes.map((probe) => probe.finds)]),
    ).toEqual([
      ["beds.phv_adult_dps", "found", ["several", "one", "invalid"]],
      ["beds.tsb_total", "not_found", ["none"]],
    ]);
  });
});

describe("choices, comments and kinds", () => {
  const status = (id: string): FigureToFill => ({
    id,
    value: "in_place",
    kind: "status",
    labels: { nb: "Akuttilbud i alle DPS", en: "Emergency service at every DPS" },
    choices: {
      in_place: { nb: "På plass", en: "In place" },
      in_progress: { nb: "Under arbeid", en: "In progress" },
    },
  });

  it("chooses a status in a list and in a radio group, and puts a comment only in its own text area", async () => {
    await page.setContent(`<html lang="nb"><body><table>
      <tr><th>Tiltak</th><th>Status</th><th>Kommentar</th></tr>
      <tr><th>Akuttilbud i alle DPS</th><td><select aria-label="Status"><option value="">Velg</option><option>Under arbeid</option><option>På plass</option></select></td>
        <td><textarea aria-label="Kommentar" id="c1"></textarea></td></tr>
      <tr><th>Ambulante team</th><td><select aria-label="Status"><option value="">Velg</option><option>På plass</option></select></td>
        <td><textarea aria-label="Kommentar" id="c2"></textarea></td></tr></table>
      <fieldset><legend>Akuttilbud i alle DPS</legend>
        <label><input type="radio" name="s" value="1">Under arbeid</label><label><input type="radio" name="s" value="2">På plass</label></fieldset>
      </body></html>`);
    const note: FigureToFill = {
      id: "note.plan.acute",
      value: "Ett DPS mangler",
      kind: "note",
      labels: { nb: "Akuttilbud i alle DPS", en: "Emergency service at every DPS" },
    };
    const result = await run({ ...contentRequest({}), figures: [status("plan.acute"), note] });
    // The radio group's own name (its legend) is the measure's: it fits better than a list named
    // "Status" in the measure's row, so the status goes there and the list is left alone.
    expect(result.filled.sort()).toEqual(["note.plan.acute", "plan.acute"]);
    expect(await page.isChecked("input[value='2']")).toBe(true);
    expect(await page.evaluate(() => (document.querySelector("select") as HTMLSelectElement).value)).toBe("");
    expect(await page.inputValue("#c1")).toBe("Ett DPS mangler");
    expect(await page.inputValue("#c2")).toBe("");
    await page.evaluate(() => document.querySelector("fieldset")?.remove());
    const again = await run({ ...contentRequest({}), figures: [status("plan.acute")] });
    expect(again.filled).toEqual(["plan.acute"]);
    expect(await page.evaluate(() => (document.querySelector("select") as HTMLSelectElement).value)).toBe(
      "På plass",
    );
  });

  it("never puts a number into a checkbox, an explanation, a date field, and leaves a ticked box ticked", async () => {
    await page.setContent(`<html lang="nb"><body>
      <label for="why">Forklaring ved endring i PHV voksne, i alt</label><textarea id="why"></textarea>
      <input type="checkbox" id="ok" checked><label for="ok">PHV voksne, i alt</label>
      <label for="d">PHBU, i alt</label><input id="d" placeholder="ÅÅÅÅ-MM-DD">
      <label for="n">Sykefravær, legemeldt</label><input id="n"></body></html>`);
    const result = await run(
      contentRequest({ "beds.phv_adult_total": 110, "beds.phbu_total": 20, "staffing.sick_leave_pct": 6.5 }),
    );
    expect(result.filled).toEqual([]);
    expect(result.missing.sort()).toEqual([
      "beds.phbu_total",
      "beds.phv_adult_total",
      "staffing.sick_leave_pct",
    ]);
    expect(await page.inputValue("#why")).toBe("");
    expect(await page.isChecked("#ok")).toBe(true);
    expect(await page.inputValue("#d")).toBe("");
    expect(await page.inputValue("#n")).toBe("");
  });
});

describe("formats, hiding and clobbering", () => {
  it("types dates as the placeholder asks and decimals as the pattern accepts", async () => {
    await page.setContent(`<html lang="nb"><body>
      <label for="d">Telledato</label><input id="d" placeholder="ÅÅÅÅ-MM-DD">
      <label for="f">Overleger, fast ansatt, årsverk</label><input id="f" pattern="\\d+(\\.\\d{1,2})?">
      <label for="s">Sykefravær</label><input id="s" pattern="\\d+(,\\d{1,2})?"></body></html>`);
    const result = await run(
      contentRequest({
        "beds.count_date": "2025-11-15",
        "staffing.senior_consultants_fte": 38.25,
        "staffing.sick_leave_pct": 6.5,
      }),
    );
    expect(result.filled.length).toBe(3);
    expect([await page.inputValue("#d"), await page.inputValue("#f"), await page.inputValue("#s")]).toEqual([
      "2025-11-15",
      "38.25",
      "6,5",
    ]);
  });

  it("treats opacity 0, clip-path, 1 px boxes and off-page inputs as hidden", async () => {
    await page.setContent(`<html lang="nb"><body>
      <label for="a">PHBU, i alt</label><input id="a" style="opacity:0">
      <label for="b">TSB, i alt</label><input id="b" style="clip-path: inset(50%)">
      <label for="c">PHV voksne, DPS</label><input id="c" style="width:1px;height:1px;padding:0;border:0">
      <label for="d">PHV voksne, sykehusnivå</label><input id="d" style="position:absolute;left:-9999px"></body></html>`);
    const result = await run(
      contentRequest({
        "beds.phbu_total": 1,
        "beds.tsb_total": 2,
        "beds.phv_adult_dps": 3,
        "beds.phv_adult_hospital": 4,
      }),
    );
    expect(result.reasons).toEqual({
      "beds.phbu_total": "hidden",
      "beds.tsb_total": "hidden",
      "beds.phv_adult_dps": "hidden",
      "beds.phv_adult_hospital": "hidden",
    });
  });

  it("installs and fills on a page whose element is called hsoContent", async () => {
    await page.setContent(
      `<html lang="nb"><body><form id="hsoContent"><label for="a">PHBU, i alt</label><input id="a"></form></body></html>`,
    );
    const result = await run(contentRequest({ "beds.phbu_total": 20 }));
    expect(result.filled).toEqual(["beds.phbu_total"]);
  });
});
