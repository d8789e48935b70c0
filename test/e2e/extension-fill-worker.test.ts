import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult, Preview, UndoSummary } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";
import { buildReactForm } from "./forms/build-react-form";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import { TELEMARK_VALUES, telemarkPackageText } from "./forms/telemark-package";

// The whole extension in Debian's Chromium: the built service worker imports the package and fills
// the tab when an extension page asks, as the popup does on the user's click. The test's origin is
// granted in a copy of the build (scripts/try-form/granted-copy.js says why).
let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

// Pages of the security review: a form whose lists post to another origin, and a form with an
// iframe of another origin the extension may reach (both 127.0.0.1 and localhost are granted, as
// a user with two intranet profiles would have them) and one it may not (127.0.0.2: nothing
// listens there, and nothing is granted).
const LISTS = `<label for="unit">Rapporterende enhet (org.nr.)</label>
<select id="unit" name="unit" onchange="this.form.submit()"><option value="">Velg</option>
<option value="983975267">Sykehuset Telemark HF</option></select>
<label for="year">Rapporteringsår</label>
<select id="year" name="year" onchange="this.form.submit()"><option value="">Velg</option>
<option>2023</option><option>2024</option></select>`;
const SECURITY_PAGES = {
  "/moving": `<!doctype html><html lang="nb"><title>Skjema</title><body>
<form id="f" method="get">${LISTS}</form>
<script>document.getElementById("f").action = "http://localhost:" + location.port + "/evil";</script>
</body></html>`,
  "/evil": `<!doctype html><html lang="nb"><title>Annet nettsted</title><body>
<form method="get" action="/evil">${LISTS}</form></body></html>`,
  "/framed": `<!doctype html><html lang="nb"><title>Skjema</title><body>
<label for="tsb">TSB, i alt</label><input id="tsb">
<script>for (const host of ["localhost", "127.0.0.2"]) { const frame = document.createElement("iframe");
frame.src = "http://" + host + ":" + location.port + "/evil-frame"; document.body.append(frame); }</script>
</body></html>`,
  "/other-unit": `<!doctype html><html lang="nb"><title>Døgnplasser</title><body>
<h1>Døgnplasser 2024 – Sykehuset Innlandet HF</h1>
<label for="org">Rapporterende enhet (org.nr.)</label><input id="org" value="983971709" readonly>
<label for="tsb">TSB, i alt</label><input id="tsb"></body></html>`,
  // Same-origin frames (adversary round 3, A4): last year's return of the unit, another unit's
  // form of the year, and a frame that names neither (which takes its figure).
  "/framed-same": `<!doctype html><html lang="nb"><title>Døgnplasser 2024</title><body>
<h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<label for="tsb">TSB, i alt</label><input id="tsb">
<iframe src="/frame-last-year"></iframe><iframe src="/frame-other-unit"></iframe><iframe src="/frame-plain"></iframe>
</body></html>`,
  "/frame-last-year": `<!doctype html><html lang="nb"><title>Døgnplasser 2023 – Sykehuset Telemark HF (godkjent)</title><body>
<h1>Døgnplasser 2023</h1><label for="phbu">PHBU, i alt</label><input id="phbu"></body></html>`,
  "/frame-other-unit": `<!doctype html><html lang="nb"><title>Døgnplasser 2024</title><body>
<h1>Døgnplasser 2024 – Sykehuset Innlandet HF</h1><label for="phbu">PHBU, i alt</label><input id="phbu"></body></html>`,
  // Last year's return in a frame whose own page names no year: the year is said only outside it.
  "/framed-year-outside": `<!doctype html><html lang="nb"><title>Døgnplasser 2024</title><body>
<h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<label for="tsb">TSB, i alt</label><input id="tsb">
<h2>Fjorårets innrapportering (2023) – rett ved behov</h2>
<iframe src="/frame-generic?aar=2023" title="Innrapportering 2023"></iframe>
<h2>Del 2</h2><iframe src="/frame-plain" title="Skjema 2024"></iframe>
</body></html>`,
  // Last year's return in a figure whose caption says so, under the page's own "Døgnplasser 2024"
  // heading (adversary round 6, D33); the twin figure's caption names the package's year.
  "/framed-figure": `<!doctype html><html lang="nb"><title>Døgnplasser 2024</title><body>
<h1>Døgnplasser 2024 – Sykehuset Telemark HF</h1>
<label for="tsb">TSB, i alt</label><input id="tsb">
<figure><figcaption>Fjorårets innsending (2023), til kontroll</figcaption>
<iframe src="/frame-generic?figure=2023"></iframe></figure>
<figure><figcaption>Del 2 av årets skjema (2024)</figcaption><iframe src="/frame-plain?figure=2024"></iframe></figure>
</body></html>`,
  "/frame-generic": `<!doctype html><html lang="nb"><title>Skjema</title><body>
<label for="phbu">PHBU, i alt</label><input id="phbu"></body></html>`,
  "/frame-plain": `<!doctype html><html lang="nb"><title>Del 2</title><body>
<label for="hosp">PHV voksne, sykehusnivå</label><input id="hosp"></body></html>`,
  "/evil-frame": `<!doctype html><html lang="nb"><title>Ramme</title><body>
<label for="phbu">PHBU, i alt</label><input id="phbu" style="opacity:0;position:absolute;left:-999px">
<label for="hosp">PHV voksne, sykehusnivå</label><input id="hosp"></body></html>`,
};

// A unit list with two options that both stand for Telemark: the preview must say what the fill
// would find (unclear, both named), not offer the list as a row to fill.
const UNIT_LIST_PAGES = {
  "/two-telemarks": `<!doctype html><html lang="nb"><title>Døgnplasser</title><body><h1>Døgnplasser 2024</h1>
<label for="unit">Rapporterende enhet</label><select id="unit"><option value="">Velg</option>
<option value="983971709">Sykehuset Innlandet HF</option><option value="983975267">Sykehuset Telemark HF</option>
<option value="tm">Telemark</option></select>
<label for="tsb">TSB, i alt</label><input id="tsb"></body></html>`,
};

beforeAll(async () => {
  server = await startFormServer({
    reactBundle: await buildReactForm(),
    pages: { ...SECURITY_PAGES, ...UNIT_LIST_PAGES },
  });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*", "http://localhost/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "telemark-2024.hso.json", text: telemarkPackageText() }],
  });
  const [first] = imported.results;
  if (!first?.ok || !first.package.fillable) throw new Error(`package refused: ${JSON.stringify(first)}`);
});
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

/** Fills as the popup does: with the address and origin the page is at when the user clicks. */
const fillTab = (tabId: number, page: Page, mode: "fill" | "check" = "fill") => {
  const expect = { url: page.url(), origin: new URL(page.url()).origin };
  return session.send<FillResult>({ type: "fill-tab", tabId, org: "983975267", year: 2024, mode, expect });
};
const submitted = (page: Page) => page.evaluate(() => (window as { __submitted?: number }).__submitted);
const ids = (prefix: string) => Object.keys(TELEMARK_VALUES).filter((id) => id.startsWith(prefix));

describe("fill-tab through the service worker", () => {
  it("fills the React form so its state holds the figures; check mode then finds them all", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/react/`);
    const result = await fillTab(tabId, page);
    expect(result.filled.sort()).toEqual(
      [
        "beds.unit_org",
        "beds.phv_adult_hospital",
        "beds.phv_adult_dps",
        "beds.phv_adult_total",
        "beds.phbu_total",
        "beds.tsb_total",
      ].sort(),
    );
    expect(result.mismatched).toEqual([]);
    expect(result.missing).toContain("staffing.sick_leave_pct");
    await page.click("#show");
    expect(JSON.parse((await page.textContent("#state")) ?? "{}")).toEqual({
      unit: "983975267",
      hospital: "40",
      dps: "63,5",
      total: "103,5",
      phbu: "20",
      tsb: "30",
    });
    expect(await submitted(page)).toBeUndefined();

    const check = await fillTab(tabId, page, "check");
    expect(check.matched.sort()).toEqual(result.filled.sort());
    expect(check.filled).toEqual([]);
    await page.close();
  });

  it("fills the postback form across its reloads and never presses Lagre", async () => {
    const postsBefore = server.posts.length;
    const { tabId, page } = await session.openTab(`${server.origin}/postback`);
    const result = await fillTab(tabId, page);
    expect(result.pending).toEqual([]);
    expect(result.filled).toEqual(
      expect.arrayContaining(["beds.unit_org", "beds.year", "beds.count_date", "beds.phv_adult_total"]),
    );
    expect(result.missing).toContain("beds.phbu_total");
    await page.waitForLoadState("load");
    expect(await page.inputValue("#ctl00_Main_ddlYear")).toBe("2024");
    expect(await page.inputValue("#ctl00_Main_txtDps")).toBe("63,5");
    const posts = server.posts.slice(postsBefore);
    expect(posts.map((post) => post.__EVENTTARGET)).toEqual(["ctl00$Main$ddlUnit", "ctl00$Main$ddlYear"]);
    expect(posts.some((post) => Object.hasOwn(post, "ctl00$Main$btnSave"))).toBe(false);
    await page.close();
  });

  it("fills the SharePoint-like list form in both frames, late rows included", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/sharepoint`);
    const result = await fillTab(tabId, page);
    expect(result.frames).toBe(2);
    expect(result.filled.sort()).toEqual(
      [
        ...ids("beds.").filter((id) => !["beds.phbu_total", "beds.all_total"].includes(id)),
        ...ids("staffing."),
      ]
        .filter((id) => !id.startsWith("staffing.") || /senior_consultants|sick_leave/.test(id))
        .sort(),
    );
    expect(await page.inputValue("#ctl00_ctl40_g_7f3a_ff31_ctl00_ctl00_TextField")).toBe("30");
    const frame = page.frameLocator("#staffing");
    expect(await frame.locator("#ctl00_ctl40_g_7f3a_ff42_ctl00_ctl00_TextField").inputValue()).toBe("38.25");
    expect(await submitted(page)).toBeUndefined();
    await page.close();
  });

  it("uses a saved profile for its address instead of the labels", async () => {
    await session.send({
      type: "save-profile",
      profile: {
        name: "Listeskjema test",
        urlPattern: "http://127.0.0.1/sharepoint",
        decimal: "point",
        fields: {
          "beds.phv_adult_dps": { elementId: "ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField" },
          "beds.phv_adult_total": { selector: "#formtable tr:nth-child(6) input", decimal: "comma" },
        },
      },
    });
    try {
      const { tabId, page } = await session.openTab(`${server.origin}/sharepoint`);
      const result = await fillTab(tabId, page);
      expect(result.profile).toEqual({ name: "Listeskjema test", managed: false });
      expect(result.filled.sort()).toEqual(["beds.phv_adult_dps", "beds.phv_adult_total"]);
      expect(await page.inputValue("#ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField")).toBe("63.5");
      expect(await page.inputValue("#ctl00_ctl40_g_7f3a_ff23_ctl00_ctl00_TextField")).toBe("103,5");
      expect(await page.inputValue("#ctl00_ctl40_g_7f3a_ff21_ctl00_ctl00_TextField")).toBe("");
      await page.close();
    } finally {
      await session.send({ type: "delete-profile", name: "Listeskjema test" });
    }
  });
});

describe("figures go only where the user chose", () => {
  it("stops when a list's reload takes the tab to another origin; the waiting year is not written there", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/moving`);
    const result = await fillTab(tabId, page);
    await page.waitForLoadState("load");
    expect(new URL(page.url()).host).toBe(`localhost:${new URL(server.origin).port}`);
    expect(result.stopped).toBe("page_changed");
    expect(result.filled).toEqual(["beds.unit_org"]);
    expect(result.missing).toContain("beds.year");
    expect(await page.inputValue("#year")).toBe("");
    expect(new URL(page.url()).searchParams.get("year")).toBe("");
    await page.close();
  });

  it("fills the top page only: a reachable frame of another origin gets nothing, every other frame is named", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/framed`);
    const findEvil = () => page.frames().find((frame) => frame.url().startsWith("http://localhost"));
    await expect.poll(() => findEvil() !== undefined).toBe(true);
    const evil = findEvil() as Frame;
    await evil.waitForSelector("#hosp");
    const result = await fillTab(tabId, page);
    expect(result.filled).toEqual(["beds.tsb_total"]);
    expect(await page.inputValue("#tsb")).toBe("30");
    expect(await evil.inputValue("#phbu")).toBe("");
    expect(await evil.inputValue("#hosp")).toBe("");
    const port = new URL(server.origin).port;
    expect(result.skippedFrames).toEqual(
      expect.arrayContaining([
        { url: `http://localhost:${port}/evil-frame`, reason: "other_origin" },
        { url: `http://127.0.0.2:${port}/evil-frame`, reason: "unreachable" },
      ]),
    );
    await page.close();
  });
});

describe("the unit and year each frame names", () => {
  it("a same-origin frame of last year's return or of another unit gets nothing and is named; a frame naming neither is filled", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/framed-same`);
    const frameAt = (path: string) => page.frames().find((frame) => frame.url().endsWith(path));
    await expect
      .poll(() => ["/frame-last-year", "/frame-other-unit", "/frame-plain"].every(frameAt))
      .toBe(true);
    for (const path of ["/frame-last-year", "/frame-other-unit", "/frame-plain"])
      await (frameAt(path) as Frame).waitForSelector("input");
    const result = await fillTab(tabId, page);
    expect(await page.inputValue("#tsb")).toBe("30");
    expect(await (frameAt("/frame-plain") as Frame).inputValue("#hosp")).toBe("40");
    expect(await (frameAt("/frame-last-year") as Frame).inputValue("#phbu")).toBe("");
    expect(await (frameAt("/frame-other-unit") as Frame).inputValue("#phbu")).toBe("");
    expect(result.filled).not.toContain("beds.phbu_total");
    expect(result.skippedFrames).toEqual(
      expect.arrayContaining([
        { url: `${server.origin}/frame-last-year`, reason: "other_year" },
        { url: `${server.origin}/frame-other-unit`, reason: "other_unit" },
      ]),
    );
    await page.close();
  });
});

describe("the year the page says of a frame", () => {
  // Last year's return under a heading and title naming last year; one under a figure's caption
  // "Fjorårets innsending (2023)" below the page's own "Døgnplasser 2024" heading (round 6, D33).
  const cases = [
    { page: "/framed-year-outside", lastYears: "/frame-generic?aar=2023", said: "a heading and title" },
    { page: "/framed-figure", lastYears: "/frame-generic?figure=2023", said: "a figure's caption" },
  ];
  for (const { page: path, lastYears, said } of cases)
    it(`a frame under ${said} naming last year gets nothing; one titled with the package's year is filled`, async () => {
      const { tabId, page } = await session.openTab(`${server.origin}${path}`);
      const frameAt = (path: string) => page.frames().find((frame) => frame.url().includes(path));
      await expect.poll(() => ["/frame-generic", "/frame-plain"].every(frameAt)).toBe(true);
      for (const path of ["/frame-generic", "/frame-plain"])
        await (frameAt(path) as Frame).waitForSelector("input");
      const result = await fillTab(tabId, page);
      expect(await page.inputValue("#tsb")).toBe("30");
      expect(await (frameAt("/frame-plain") as Frame).inputValue("#hosp")).toBe("40");
      expect(await (frameAt("/frame-generic") as Frame).inputValue("#phbu")).toBe("");
      expect(result.skippedFrames).toContainEqual({
        url: `${server.origin}${lastYears}`,
        reason: "other_year",
      });
      await page.close();
    });
});

describe("the unit and year the page names", () => {
  it("refuses to fill a page for another unit, names what it says, and fills on the user's override", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/other-unit`);
    const expect_ = { url: page.url(), origin: new URL(page.url()).origin };
    const base = { tabId, org: "983975267", year: 2024, expect: expect_ };
    const preview = await session.send<Preview>({ type: "plan-tab", ...base });
    expect(preview.identity.unit).toBe("other");
    expect(preview.identity.clues.map((clue) => clue.value)).toContain("983971709");
    const refused = session.send({ type: "fill-tab", ...base, mode: "fill" });
    await expect(refused).rejects.toMatchObject({ code: "page_names_other_unit" });
    expect(await page.inputValue("#tsb")).toBe("");
    const overridden = await session.send<FillResult>({
      type: "fill-tab",
      ...base,
      mode: "fill",
      override: true,
    });
    expect(overridden.filled).toContain("beds.tsb_total");
    expect(await page.inputValue("#tsb")).toBe("30");
    await page.close();
  });
});

describe("preview, confirm, undo through the service worker", () => {
  it("previews a unit list with two options for the unit as unclear, both named, and the fill chooses neither", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/two-telemarks`);
    const expect_ = { url: page.url(), origin: new URL(page.url()).origin };
    const base = { tabId, org: "983975267", year: 2024, expect: expect_ };
    const preview = await session.send<Preview>({ type: "plan-tab", ...base });
    const unit = preview.rows.find((row) => row.ids.includes("beds.unit_org"));
    expect(unit).toMatchObject({ outcome: "ambiguous", options: ["Sykehuset Telemark HF", "Telemark"] });
    expect(preview.rows.find((row) => row.ids.includes("beds.tsb_total"))?.outcome).toBe("planned");
    const result = await fillTab(tabId, page);
    expect(result.rows.find((row) => row.ids.includes("beds.unit_org"))?.outcome).toBe("ambiguous");
    expect(await page.inputValue("#unit")).toBe("");
    expect(await page.inputValue("#tsb")).toBe("30");
    await page.close();
  });

  it("previews where each figure goes, fills only the confirmed rows, and undo restores the React state", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/react/`);
    const expect_ = { url: page.url(), origin: new URL(page.url()).origin };
    const org = "983975267";
    const before = await reactState(page);
    const preview = await session.send<Preview>({
      type: "plan-tab",
      tabId,
      org,
      year: 2024,
      expect: expect_,
    });
    const planned = preview.rows.filter((row) => row.outcome === "planned");
    expect(planned.map((row) => row.ids[0])).toEqual(
      expect.arrayContaining(["beds.phv_adult_total", "beds.tsb_total"]),
    );
    for (const row of planned) expect(row.field?.label).toBeTruthy();
    // The preview wrote nothing.
    expect(await reactState(page)).toEqual(before);
    const chosen = planned.flatMap((row) => row.ids).filter((id) => id !== "beds.tsb_total");
    const result = await session.send<FillResult>({
      type: "fill-tab",
      tabId,
      org,
      year: 2024,
      mode: "fill",
      expect: expect_,
      ids: chosen,
    });
    expect(result.filled).toContain("beds.phv_adult_total");
    expect(result.filled).not.toContain("beds.tsb_total");
    expect(result.undoAvailable).toBe(true);
    const filled = await reactState(page);
    expect(filled).toMatchObject({ total: "103,5", tsb: before.tsb });
    const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
    expect(undone.restored).toEqual(expect.arrayContaining(["beds.phv_adult_total"]));
    expect(undone.failed).toEqual([]);
    expect(await reactState(page)).toEqual(before);
    expect(await session.send<UndoSummary>({ type: "undo-tab", tabId })).toMatchObject({ nothing: true });
    await page.close();
  });
});

describe("undo after the user corrected a figure", () => {
  it("keeps the field the user changed after the fill and says so; the others go back", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/react/`);
    const expect_ = { url: page.url(), origin: new URL(page.url()).origin };
    const before = await reactState(page);
    const result = await session.send<FillResult>({
      type: "fill-tab",
      tabId,
      org: "983975267",
      year: 2024,
      mode: "fill",
      expect: expect_,
    });
    expect(result.filled).toEqual(expect.arrayContaining(["beds.phv_adult_total", "beds.tsb_total"]));
    // The user types a correction into one of the filled fields, as a person does.
    await page.fill("#field-total", "");
    await page.type("#field-total", "104");
    const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
    expect(undone.kept).toEqual(["beds.phv_adult_total"]);
    expect(undone.restored).toContain("beds.tsb_total");
    expect(undone.restored).not.toContain("beds.phv_adult_total");
    expect(await reactState(page)).toMatchObject({ total: "104", tsb: before.tsb });
    await page.close();
  });
});

/** The React form's own state, as its "show" button prints it. */
async function reactState(page: Page): Promise<Record<string, string>> {
  await page.click("#show");
  return JSON.parse((await page.textContent("#state")) ?? "{}");
}
