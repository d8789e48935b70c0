// The independent tester's second set of forms (test/e2e/forms/adversary-2, FINDINGS.md): the cases
// that already behave correctly, checked the way the tester checked them — `npm run try-form` on the
// built extension, then what the page's own controls (and React's state) hold, read from the form
// server. The findings that still fail are not asserted here; FINDINGS.md gives their repro commands.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PickAnswer } from "../../extension/content/content-api";
import type { FillResult, ImportResult, PackageSummary, Preview } from "../../extension/messages";
import type { FormProfile } from "../../extension/profile/form-profile";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { buildPackage, packageText } from "../../shared/package/build-package";
import { callContent, EXTENSION_DIR, launchBrowser } from "./forms/browser";

const FORMS = "test/e2e/forms/adversary-2";
// ADV2_PORT: another port when someone else on the machine runs this test at the same time.
const PORT = Number(process.env.ADV2_PORT ?? 18731);
const BASE = `http://127.0.0.1:${PORT}`;
const work = mkdtempSync(join(tmpdir(), "hso-adversary-2-"));
let server: ChildProcess;

interface TryForm {
  code: number;
  stderr: string;
  result?: { filled: string[]; missing: string[]; mismatched: string[] };
}

interface PageState {
  initial: Record<string, unknown>;
  current: Record<string, unknown>;
  app?: Record<string, unknown>;
}

function packageCopy(path: string, name: string): string {
  const copy = join(work, name);
  copyFileSync(path, copy);
  return copy;
}

/** A profile file of the folder with its address patterns moved to the test server's port. */
function profileCopy(name: string): string {
  const copy = join(work, name);
  writeFileSync(
    copy,
    readFileSync(`${FORMS}/${name}`, "utf8").replaceAll("127.0.0.1:8731/", `127.0.0.1:${PORT}/`),
  );
  return copy;
}

const FULL = () => packageCopy(`${FORMS}/packages/telemark-2025-full.hso.json`, "full.hso.json");
const ACTIVITY = () => packageCopy("examples/board/activity/telemark-2025.hso.json", "activity.hso.json");

function tryForm(page: string, pkg: string, profile?: string): Promise<TryForm> {
  const args = ["scripts/try-form.js", `${BASE}/${page}`, pkg, ...(profile ? ["--profile", profile] : [])];
  return new Promise((resolve) => {
    execFile("node", args, (error, stdout, stderr) => {
      const line = stdout.trim().split("\n").at(-1) ?? "";
      const code = typeof error?.code === "number" ? error.code : 0;
      resolve({ code, stderr, result: line.startsWith("{") ? JSON.parse(line) : undefined });
    });
  });
}

/**
 * What the form's page posted last. Pass the open page (a tab of the session) to have it post its
 * state now first: right after a fill, its own timed post may not have reached the server yet.
 */
async function pageState(
  form: string,
  page?: { evaluate(script: string): Promise<unknown> },
): Promise<PageState> {
  await page?.evaluate("window.hsoPostNow()");
  const response = await fetch(`${BASE}/state/${form}`);
  expect(response.status).toBe(200);
  return (await response.json()) as PageState;
}

/** Every "x:" control (one that takes no figure) still holds what it held at load. */
function decoysKept(state: PageState, except: string[] = []): void {
  for (const [key, value] of Object.entries(state.current)) {
    if (key.startsWith("x:") && !except.includes(key))
      expect([key, value]).toEqual([key, state.initial[key]]);
  }
}

beforeAll(async () => {
  server = spawn("node", [`${FORMS}/serve.mjs`, String(PORT), String(PORT + 1)], {
    env: { ...process.env, STATE_DIR: join(work, "state") },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => server.stdout?.once("data", () => resolve()));
  // The Fluent UI React form is bundled on its first request: done here, so the page is not late.
  expect((await fetch(`${BASE}/build/fluent-react.js`)).status).toBe(200);
});

afterAll(() => {
  server.kill();
  rmSync(work, { recursive: true, force: true });
});

describe("adversary-2 forms that fill correctly", () => {
  it("staffing matrix: row × Personer/Årsverk, LIS3 BUP / LIS3 (VOP), sick leave with a % suffix", async () => {
    const run = await tryForm("f06-staffing-matrix.html", FULL());
    expect(run.code).toBe(0);
    const state = await pageState("f06");
    expect(state.current).toMatchObject({
      "staffing.physicians_headcount": "121",
      "staffing.physicians_fte": "111,3",
      "staffing.lis3_phbu_headcount": "8",
      "staffing.lis3_phbu_fte": "7,6",
      "staffing.lis3_phv_adult_headcount": "15",
      "staffing.lis3_phv_adult_fte": "14,2",
      "staffing.psychologists_headcount": "92",
      "staffing.psychologists_fte": "86,1",
      "staffing.psychologist_specialists_headcount": "51",
      "staffing.psychologist_specialists_fte": "48,3",
      "staffing.sick_leave_pct": "6,4",
    });
    decoysKept(state);
  });

  it("activity: the same labels in two fieldsets, decimals, the form's own computed rates left to it", async () => {
    const run = await tryForm("f07-activity.html", ACTIVITY());
    expect(run.code).toBe(0);
    const state = await pageState("f07");
    expect(state.current).toMatchObject({
      "activity.wait_days_adult": "41,5",
      "activity.wait_days_children": "47,2",
      "activity.referrals_received_adult": "5200",
      "activity.referrals_rejected_children": "420",
      "activity.consultations_phone_adult": "7320",
      "activity.consultations_video_children": "570",
      "activity.bed_days_children": "3900",
      "activity.delmedmeg_coverage_pct": "38,5",
    });
    // The rates and shares are the page's own sums of what was filled.
    decoysKept(state, ["x:v4", "x:v8", "x:b4", "x:b8"]);
    expect(state.current["x:v4"]).toBe("20,0");
  });

  it("Fluent UI React: Dropdown, DatePicker, SpinButton and TextFields reach React's state", async () => {
    const run = await tryForm("f02-fluent-react.html", FULL());
    expect(run.code).toBe(0);
    const { app } = await pageState("f02");
    expect(app).toMatchObject({
      unit: "983975267",
      year: "2025",
      date: "2025-11-19",
      confirm: true,
      beds: { hospital: "46", dps: "64", total: "110", tsb: "20,5", closed: "0" },
    });
  });

  it("WebForms postback with a profile: the unit first, then the figures after the reload", async () => {
    const run = await tryForm("postback.aspx", FULL(), profileCopy("f04-profile.json"));
    expect(run.code).toBe(0);
    const state = await pageState("f04");
    expect(state.current).toMatchObject({
      "beds.unit_org": "983975267",
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phv_adult_total": "110",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
  });

  it("lists whose option values are database ids are chosen by their text; a native date field", async () => {
    await tryForm("f15-db-ids-and-zero-defaults.html", FULL());
    const state = await pageState("f15");
    expect(state.current).toMatchObject({
      "beds.unit_org": "17",
      "beds.year": "6",
      "beds.count_date": "2025-11-19",
    });
    decoysKept(state);
  });
});

describe("adversary-2 forms where nothing may be written", () => {
  const refused = [
    ["f09a-other-unit-dropdown.html", "f09a", "annen enhet"],
    ["f09b-other-year-select.html", "f09b", "annet år"],
    ["f09c-other-unit-title.html", "f09c", "annen enhet"],
  ] as const;
  for (const [page, form, words] of refused) {
    it(`${page}: another unit or year on the page is refused before anything is written`, async () => {
      const run = await tryForm(page, FULL());
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(words);
      const state = await pageState(form);
      expect(state.current).toEqual(state.initial);
    });
  }

  it("a visible label and an aria-label that disagree: neither figure is written", async () => {
    await tryForm("f13-copy-pasted-aria-label.html", FULL());
    const state = await pageState("f13");
    expect(state.current["beds.phbu_total"]).toBe("");
    expect(state.current["beds.tsb_total"]).toBe("");
  });

  it("labels naming last year, a change, a target, a forecast, a budget or a share are left alone", async () => {
    await tryForm("f17-label-variants.html", FULL());
    // x:tsb_2024 ("per 31.12.2024") is finding W6 and not asserted here.
    decoysKept(await pageState("f17"), ["x:tsb_2024"]);
  });

  it("a picked Fluent profile on the reworded page finds nothing rather than the wrong fields", async () => {
    await tryForm("f01c-sharepoint-wc-relabelled.html", FULL(), profileCopy("f01-profile-picked.json"));
    const state = await pageState("f01c");
    expect(state.current).toEqual(state.initial);
  });
});

/** Nothing on the page changed: every control holds what it held at load. */
function untouched(state: PageState): void {
  expect(state.current).toEqual(state.initial);
}

describe("adversary-2 findings fixed", () => {
  it("W0: a profile picked as CSS paths alone, on the form with its sections reordered, puts no figure into another section's field", async () => {
    const run = await tryForm("f16b-sections-reordered.html", FULL(), profileCopy("f16-profile-picked.json"));
    const state = await pageState("f16b");
    const right: Record<string, string> = {
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    };
    // Each bed field holds its own figure or nothing: never another section's.
    for (const [id, value] of Object.entries(right))
      expect([id, ["", value].includes(String(state.current[id]))]).toEqual([id, true]);
    for (const id of run.result?.filled ?? []) expect([id, state.current[id]]).toEqual([id, right[id]]);
    // The paths that now reach DPS's and the hospital's cells are refused, not followed.
    expect(run.result?.filled).not.toContain("beds.phv_adult_dps");
    expect(run.result?.filled).not.toContain("beds.tsb_total");
    decoysKept(state);
  });

  it("W0: a profile picked today on f16 (real clicks on the four 2025 cells) fills every section of f16b right", async () => {
    const browser = await launchBrowser();
    const fields: FormProfile["fields"] = {};
    try {
      const page = await browser.newPage();
      await page.goto(`${BASE}/f16-sections-no-names.html`);
      for (const id of [
        "beds.phv_adult_hospital",
        "beds.phv_adult_dps",
        "beds.phbu_total",
        "beds.tsb_total",
      ]) {
        const picked = callContent(page.mainFrame(), "pick", { timeoutMs: 10_000 }) as Promise<PickAnswer>;
        await page.waitForTimeout(300);
        await page.click(`[data-k="${id}"]`);
        const [field] = (await picked).picked;
        if (field) fields[id] = { locators: field.locators };
      }
    } finally {
      await browser.close();
    }
    const profile = join(work, "f16-picked-now.json");
    const pattern = `${BASE}/f16*`;
    writeFileSync(
      profile,
      JSON.stringify({ profiles: [{ name: "Pekt ut", urlPattern: pattern, decimal: "comma", fields }] }),
    );
    const run = await tryForm("f16b-sections-reordered.html", FULL(), profile);
    const state = await pageState("f16b");
    expect(state.current).toMatchObject({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
    expect(run.result?.filled.sort()).toEqual([
      "beds.phbu_total",
      "beds.phv_adult_dps",
      "beds.phv_adult_hospital",
      "beds.tsb_total",
    ]);
    decoysKept(state);
  }, 120_000);

  it("W0: the same CSS-only profile on the form it was picked on still fills where the labels agree, and wrongs nothing", async () => {
    const run = await tryForm("f16-sections-no-names.html", FULL(), profileCopy("f16-profile-picked.json"));
    const state = await pageState("f16");
    for (const id of run.result?.filled ?? [])
      expect(["46", "64", "12", "20,5"]).toContain(state.current[id]);
    expect(run.result?.filled.length).toBeGreaterThan(0);
    decoysKept(state);
  });

  it("W1: a table of 'Planlagt 2026' / 'Planlagt 2027' columns takes none of this year's figures", async () => {
    const run = await tryForm("f05b-plan-columns-only.html", FULL());
    expect(run.result?.filled).toEqual([]);
    untouched(await pageState("f05b"));
  });

  it("W1: on the sections form the plan column is no candidate, so hospital and DPS go into 2025's", async () => {
    await tryForm("f05-beds-sections.html", FULL());
    const state = await pageState("f05");
    expect(state.current).toMatchObject({ "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
    expect([state.current["x:h_plan"], state.current["x:d_plan"]]).toEqual(["", ""]);
  });

  it("W2: a search form over an overview is never the return's form", async () => {
    const run = await tryForm("f14c-filter-box-only.html", FULL());
    expect(run.result?.filled).toEqual([]);
    untouched(await pageState("f14c"));
  });

  it("W2: with a filter box above the real form, the figure goes into the form, the filter is kept", async () => {
    for (const [page, form] of [
      ["f14-filter-box-same-label.html", "f14"],
      ["f14b-filter-box-wins.html", "f14b"],
    ]) {
      const run = await tryForm(page as string, FULL());
      expect(run.result?.filled).toContain("beds.phv_adult_total");
      const state = await pageState(form as string);
      expect(state.current["beds.phv_adult_total"]).toBe("110");
      decoysKept(state);
    }
  });

  it("W6: a label dated last year ('per 31.12.2024') is last year's field and keeps its emptiness", async () => {
    await tryForm("f17-label-variants.html", FULL());
    const state = await pageState("f17");
    expect(state.current["x:tsb_2024"]).toBe("");
    decoysKept(state);
  });

  it("S4: with a modal dialog open, only the dialog's field is filled, not the frame behind it", async () => {
    const run = await tryForm("f10-frames-dialog.html#open", FULL());
    expect(run.result?.filled).toEqual(["staffing.sick_leave_pct"]);
    expect((await pageState("f10")).current["staffing.sick_leave_pct"]).toBe("6,4");
    untouched(await pageState("f10-frame-beds"));
  });
});

describe("adversary-2 findings fixed (ext-fixes)", () => {
  it("W4: a Norwegian page with lang=en-us that says 'desimalkomma' gets decimal commas, each valid on the page", async () => {
    const run = await tryForm("f12-norwegian-page-lang-en.html", FULL());
    const state = await pageState("f12");
    expect(state.current).toMatchObject({
      "beds.tsb_total": "20,5",
      "beds.all_total": "142,5",
      "staffing.sick_leave_pct": "6,4",
      "staffing.physicians_fte": "111,3",
    });
    expect(run.result?.filled).toEqual(
      expect.arrayContaining([
        "beds.tsb_total",
        "beds.all_total",
        "staffing.sick_leave_pct",
        "staffing.physicians_fte",
      ]),
    );
  });

  it("W3: Vue's v-model.number keeps 20 of '20,5': read back after the page settles, reported with both values, put back", async () => {
    // The form renders 2,5 s after load; fill-tab.mjs clicks as a user would once it shows (try-form cannot wait).
    const script = `${FORMS}/fill-tab.mjs`;
    const stdout = await new Promise<string>((resolve) => {
      execFile(
        "node",
        [script, `${BASE}/f03-vue-late.html`, FULL()],
        { env: { ...process.env, WAIT: "3500" } },
        (_e, out) => resolve(out),
      );
    });
    const last = stdout.trim().split("\n").at(-1) ?? "{}";
    const result = JSON.parse(last) as { mismatched: { id: string; expected: string; actual: string }[] };
    expect(result.mismatched).toContainEqual({ id: "beds.tsb_total", expected: "20,5", actual: "20" });
    const state = await pageState("f03");
    expect(state.current["beds.tsb_total"]).toBe("");
    expect(state.app?.tsb).toBe("");
    expect(state.app).toMatchObject({ hospital: 46, dps: 64, total: 110, phbu: 12 });
  });
});

describe("adversary-2 findings fixed (ext-store)", () => {
  let session: ExtensionSession;
  let copy: { dir: string; remove(): void };
  const full = JSON.parse(readFileSync(`${FORMS}/packages/telemark-2025-full.hso.json`, "utf8"));
  /** One template of the full export as a package of its own, as an export of one sheet gives it. */
  const only = (template: "beds" | "staffing") =>
    packageText(
      buildPackage({
        unit: full.unit,
        year: full.year,
        templates: { [template]: full.templates[template] },
        values: Object.fromEntries(
          Object.entries(full.values).filter(([id]) => id.startsWith(`${template}.`)),
        ),
        notes: {},
      } as Parameters<typeof buildPackage>[0]),
    );
  const importFiles = (files: { name: string; text: string }[]) =>
    session.send<{ results: ImportResult[] }>({ type: "import-packages", files });
  const open = async (form: string) => {
    const { tabId, page } = await session.openTab(`${BASE}/${form}`);
    return { tabId, page, expect: { url: page.url(), origin: new URL(page.url()).origin } };
  };

  beforeAll(async () => {
    copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
    session = await openExtensionSession(copy.dir);
  });
  afterAll(async () => {
    await session.close();
    copy.remove();
  });
  beforeEach(async () => {
    // Last year's packages too: imported, they are the year-over-year check's "previous".
    for (const year of [full.year, full.year - 1])
      await session.send({ type: "remove-package", org: full.unit.org, year });
  });

  it("W0b: a unit's beds and staffing packages of one year both stay, and one page takes figures of both", async () => {
    const { results } = await importFiles([
      { name: "beds.hso.json", text: only("beds") },
      { name: "staffing.hso.json", text: only("staffing") },
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const listed = await session.send<{ packages: PackageSummary[] }>({ type: "list-packages" });
    expect(listed.packages.filter((entry) => entry.year === 2025).map((entry) => entry.fileName)).toEqual([
      "beds.hso.json",
      "staffing.hso.json",
    ]);
    const { tabId, page: tab, expect: page } = await open("f12-norwegian-page-lang-en.html");
    const fill = { type: "fill-tab", tabId, org: full.unit.org, year: 2025, mode: "fill", expect: page };
    const result = await session.send<FillResult>(fill);
    expect(result.filled).toEqual(
      expect.arrayContaining([
        "beds.tsb_total",
        "beds.all_total",
        "staffing.sick_leave_pct",
        "staffing.physicians_fte",
      ]),
    );
    expect((await pageState("f12", tab)).current).toMatchObject({
      "beds.tsb_total": "20,5",
      "staffing.physicians_fte": "111,3",
    });
    // The unit's org. no. of both templates is one field of the form: one row, counted once (the
    // list itself is not found on f05, FINDINGS M3; one row either way).
    const sections = await open("f05-beds-sections.html");
    const both = await session.send<FillResult>({ ...fill, tabId: sections.tabId, expect: sections.expect });
    const unit = both.rows.filter((row) => row.ids.some((id) => id.endsWith(".unit_org")));
    expect(unit.map((row) => row.ids)).toEqual([["beds.unit_org", "staffing.unit_org"]]);
  });

  it("W0b: on the import page, the examples' beds and staffing of Telemark 2024 are two packages; two disagreeing files are both refused", async () => {
    const importPage = await session.context.newPage();
    await importPage.goto(`chrome-extension://${session.extensionId}/import.html`);
    const input = importPage.locator("input[type=file]");
    await input.setInputFiles([
      "examples/packages/telemark-2024.hso.json",
      "examples/packages/telemark-bemanning-2024.hso.json",
    ]);
    await importPage.getByText("Filer lest: 2. Importert: 2. Avvist: 0.").waitFor();
    await importPage.getByRole("button", { name: "Fjern Sykehuset Telemark HF 2024 (Bemanning)" }).waitFor();
    await importPage
      .getByRole("button", { name: "Fjern Sykehuset Telemark HF 2024 (Døgnplasser)" })
      .waitFor();
    const disagreeing = [join(work, "full.hso.json"), "examples/packages/telemark-bemanning-2025.hso.json"];
    copyFileSync(`${FORMS}/packages/telemark-2025-full.hso.json`, disagreeing[0] as string);
    await input.setInputFiles(disagreeing);
    await importPage.getByText("Filer lest: 2. Importert: 0. Avvist: 2.").waitFor();
    expect(await importPage.getByText(/Ingen av dem er importert/).count()).toBe(2);
    expect(await importPage.getByRole("button", { name: /Fjern Sykehuset Telemark HF 2025/ }).count()).toBe(
      0,
    );
    // The user chooses, by keyboard: the page names both files and where they differ, "neither"
    // is chosen until then; the arrow key moves to the first file, Tab to the button, Enter.
    const group = importPage.getByRole("group", { name: /Velg hvilken fil som skal gjelde/ });
    const row = group.getByRole("row", { name: /LIS3 voksenpsykiatri, personer/ });
    expect(await row.locator("td").allTextContents()).toEqual(["15", "13"]);
    expect(
      await group.getByRole("row", { name: /LIS3 barne- og ungdomspsykiatri, årsverk/ }).textContent(),
    ).toContain("7,6");
    expect(await group.textContent()).toContain("telemark-bemanning-2025.hso.json");
    const neither = group.getByRole("radio", { name: /Ingen av dem/ });
    expect(await neither.isChecked()).toBe(true);
    await neither.focus();
    await importPage.keyboard.press("ArrowDown");
    expect(await group.getByRole("radio", { name: "Importer full.hso.json" }).isChecked()).toBe(true);
    await importPage.keyboard.press("ArrowDown");
    expect(
      await group.getByRole("radio", { name: "Importer telemark-bemanning-2025.hso.json" }).isChecked(),
    ).toBe(true);
    await importPage.keyboard.press("Tab");
    await importPage.keyboard.press("Enter");
    await importPage.getByText("Filer lest: 1. Importert: 1. Avvist: 0.").waitFor();
    const listed = await session.send<{ packages: PackageSummary[] }>({ type: "list-packages" });
    expect(listed.packages.filter((entry) => entry.year === 2025).map((entry) => entry.fileName)).toEqual([
      "telemark-bemanning-2025.hso.json",
    ]);
    await importPage.close();
  });

  it("S1: after filling the ticked rows, the report names the unticked as not chosen and the rest with their reason", async () => {
    await importFiles([{ name: "full.hso.json", text: readFileSync(FULL(), "utf8") }]);
    const { tabId, expect: page } = await open("f05-beds-sections.html");
    const base = { tabId, org: full.unit.org, year: 2025, expect: page };
    const preview = await session.send<Preview>({ type: "plan-tab", ...base });
    const planned = preview.rows.filter((row) => row.outcome === "planned");
    expect(planned.length).toBeGreaterThan(1);
    const ticked = planned[0]?.ids ?? [];
    const result = await session.send<FillResult>({ type: "fill-tab", ...base, mode: "fill", ids: ticked });
    const outcomes = new Map(result.rows.flatMap((row) => row.ids.map((id) => [id, row.outcome])));
    for (const row of preview.rows)
      for (const id of row.ids)
        expect([id, outcomes.get(id)]).toEqual([
          id,
          ticked.includes(id) ? "filled" : row.outcome === "planned" ? "not_chosen" : row.outcome,
        ]);
  });

  it("S5: the preview counts fields holding the form's 0 as holding another value, and the fill leaves them", async () => {
    await importFiles([{ name: "full.hso.json", text: readFileSync(FULL(), "utf8") }]);
    const { tabId, page: tab, expect: page } = await open("f15-db-ids-and-zero-defaults.html");
    const base = { tabId, org: full.unit.org, year: 2025, expect: page };
    const preview = await session.send<Preview>({ type: "plan-tab", ...base });
    const row = (id: string) => preview.rows.find((item) => item.ids.includes(id));
    expect(row("beds.phv_adult_hospital")).toMatchObject({ outcome: "mismatched", actual: "0" });
    expect(row("beds.phv_adult_dps")).toMatchObject({ outcome: "mismatched", actual: "0" });
    const ids = preview.rows.filter((item) => item.outcome === "planned").flatMap((item) => item.ids);
    expect(ids).not.toContain("beds.phv_adult_hospital");
    await session.send<FillResult>({ type: "fill-tab", ...base, mode: "fill", ids });
    expect((await pageState("f15", tab)).current).toMatchObject({
      "beds.phv_adult_hospital": "0",
      "beds.phv_adult_dps": "0",
    });
  });

  it("S2: an autosave that resets three fields 600 ms after the fill: they are reported not kept, with what the page holds", async () => {
    await importFiles([{ name: "full.hso.json", text: readFileSync(FULL(), "utf8") }]);
    const { tabId, page: tab, expect: page } = await open("f03b-vue-autosave-reset.html");
    const fill = { type: "fill-tab", tabId, org: full.unit.org, year: 2025, mode: "fill", expect: page };
    const first = await session.send<FillResult>(fill);
    expect(first.filled).toHaveLength(4);
    const { result } = await session.send<{ result?: FillResult }>({ type: "verify-fill", tabId });
    expect(result?.filled).toEqual(["beds.phv_adult_hospital"]);
    const lost = result?.rows.filter((row) => row.outcome === "not_kept") ?? [];
    expect(lost.map((row) => [row.ids[0], row.actual, row.field?.label])).toEqual([
      ["beds.phv_adult_dps", "", "PHV voksne, DPS"],
      ["beds.phv_adult_total", "", "PHV voksne, i alt"],
      ["beds.phbu_total", "", "PHBU, i alt"],
    ]);
    expect((await pageState("f03b", tab)).app).toMatchObject({
      hospital: "46",
      dps: "",
      total: "",
      phbu: "",
    });
  });

  it("S2, later: a debounced autosave that resets three fields 2,5 s after the fill is followed until its save is done", async () => {
    await importFiles([{ name: "full.hso.json", text: readFileSync(FULL(), "utf8") }]);
    const { tabId, page: tab, expect: page } = await open("f03c-vue-autosave-late-reset.html");
    const fill = { type: "fill-tab", tabId, org: full.unit.org, year: 2025, mode: "fill", expect: page };
    expect((await session.send<FillResult>(fill)).filled).toHaveLength(4);
    const { result } = await session.send<{ result?: FillResult }>({ type: "verify-fill", tabId });
    expect(result?.filled).toEqual(["beds.phv_adult_hospital"]);
    expect(
      result?.rows.filter((row) => row.outcome === "not_kept").map((row) => [row.ids[0], row.actual]),
    ).toEqual([
      ["beds.phv_adult_dps", ""],
      ["beds.phv_adult_total", ""],
      ["beds.phbu_total", ""],
    ]);
    expect(result?.afterFill).toMatchObject({ changed: 3, busy: false });
    expect((await pageState("f03c", tab)).app).toMatchObject({
      hospital: "46",
      dps: "",
      total: "",
      phbu: "",
    });
  });

  it("S2, later (twin): the same autosave done right keeps every figure: four stay filled, the save seen done", async () => {
    await importFiles([{ name: "full.hso.json", text: readFileSync(FULL(), "utf8") }]);
    const { tabId, page: tab, expect: page } = await open("f03d-vue-autosave-keeps.html");
    const fill = { type: "fill-tab", tabId, org: full.unit.org, year: 2025, mode: "fill", expect: page };
    expect((await session.send<FillResult>(fill)).filled).toHaveLength(4);
    const { result } = await session.send<{ result?: FillResult }>({ type: "verify-fill", tabId });
    expect(result?.filled).toHaveLength(4);
    expect(result?.afterFill).toMatchObject({ changed: 0, busy: false });
    const state = await pageState("f03d", tab);
    expect(state.app).toMatchObject({ hospital: "46", dps: "64", total: "110", phbu: "12" });
    // The save was done before the read-back: the page's server holds the figures.
    expect(state.app?.server).toMatchObject({ hospital: "46", dps: "64", total: "110", phbu: "12" });
  });

  it("S2: try-form reads back late too: one filled, three differing", async () => {
    const run = await tryForm("f03b-vue-autosave-reset.html", FULL());
    expect(run.result?.filled).toEqual(["beds.phv_adult_hospital"]);
    expect(run.result?.mismatched).toEqual(["beds.phv_adult_dps", "beds.phv_adult_total", "beds.phbu_total"]);
  });
});

describe("a profile picked under the year's column, next year (ext-fill)", () => {
  let session: ExtensionSession;
  let copy: { dir: string; remove(): void };
  const full = JSON.parse(readFileSync(`${FORMS}/packages/telemark-2025-full.hso.json`, "utf8"));
  const CELLS = ["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.phbu_total", "beds.tsb_total"];
  /** The beds of the full export as next year's package: the same figures, for 2026. */
  const beds2026 = packageText(
    buildPackage({
      unit: full.unit,
      year: 2026,
      templates: { beds: full.templates.beds },
      values: Object.fromEntries(
        Object.entries(full.values as Record<string, unknown>)
          .filter(([id]) => id.startsWith("beds."))
          .map(([id, value]) => [
            id,
            id === "beds.year" ? 2026 : id === "beds.count_date" ? "2026-11-19" : value,
          ]),
      ),
      notes: {},
    } as Parameters<typeof buildPackage>[0]),
  );
  const open = async (form: string) => {
    const { tabId, page } = await session.openTab(`${BASE}/${form}`);
    return { tabId, page, expect: { url: page.url(), origin: new URL(page.url()).origin } };
  };
  const fill = (tab: Awaited<ReturnType<typeof open>>, year: number, extra: object = {}) =>
    session.send<FillResult>({
      type: "fill-tab",
      tabId: tab.tabId,
      org: full.unit.org,
      year,
      mode: "fill",
      expect: tab.expect,
      ...extra,
    });

  beforeAll(async () => {
    copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
    session = await openExtensionSession(copy.dir);
    await session.send({
      type: "import-packages",
      files: [
        { name: "full.hso.json", text: readFileSync(FULL(), "utf8") },
        { name: "beds-2026.hso.json", text: beds2026 },
      ],
    });
    // Pointing through the worker, as the options page asks for it: real clicks on f16's four
    // "2025" cells (the page's heading says "Døgnplasser 2025").
    const f16 = await open("f16-sections-no-names.html");
    const picking = session.send<PickAnswer>({ type: "start-pick", tabId: f16.tabId, multiple: true });
    // Hover until the picker marks the cell (its marks' host appears under <html>): it is listening.
    let failed: unknown;
    picking.catch((error: unknown) => {
      failed = error;
    });
    for (let marked = false; !marked; ) {
      if (failed) throw failed;
      await f16.page.hover("h1", { position: { x: 1, y: 1 } });
      await f16.page.hover(`[data-k="${CELLS[0]}"]`);
      marked = await f16.page.evaluate(() =>
        [...document.documentElement.children].some((child) => child.localName === "div"),
      );
    }
    for (const id of CELLS) await f16.page.click(`[data-k="${id}"]`);
    await f16.page.keyboard.press("Escape");
    const { picked } = await picking;
    expect(picked).toHaveLength(4);
    const fields = Object.fromEntries(
      CELLS.map((id, index) => [id, { locators: picked[index]?.locators ?? [] }]),
    );
    await session.send({
      type: "save-profile",
      profile: { name: "Døgnplasser, pekt ut", urlPattern: `${BASE}/f16*`, decimal: "comma", fields },
    });
    await f16.page.close();
  }, 240_000);
  afterAll(async () => {
    await session?.close();
    copy?.remove();
  });

  it("the picked locators say the report's year their '2025' was recorded for", async () => {
    const { profiles } = await session.send<{ profiles: FormProfile[] }>({ type: "get-profiles" });
    const dps = profiles.find((profile) => profile.name === "Døgnplasser, pekt ut")?.fields[
      "beds.phv_adult_dps"
    ];
    expect(dps?.locators).toContainEqual({
      kind: "label",
      label: "Antall døgnplasser",
      section: "2025 › Voksne – DPS",
      year: 2025,
    });
  });

  it("next year's form (columns '2025' and '2026'): 2026's figures go under '2026', nothing under last year's '2025'", async () => {
    const f16n = await open("f16n-next-year.html");
    const result = await fill(f16n, 2026);
    const state = await pageState("f16n", f16n.page);
    expect(state.current).toMatchObject({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
    });
    decoysKept(state);
    expect([...result.filled].sort()).toEqual([...CELLS].sort());
  });

  it("the twin: 2026's package on this year's form (override ticked) finds no '2026' column and writes nothing", async () => {
    const f16 = await open("f16-sections-no-names.html");
    const result = await fill(f16, 2026, { override: true });
    untouched(await pageState("f16", f16.page));
    expect(result.filled).toEqual([]);
  });

  it("this year's package on the form it was picked on still fills its '2025' column", async () => {
    const f16 = await open("f16-sections-no-names.html");
    const result = await fill(f16, 2025);
    const state = await pageState("f16", f16.page);
    expect(state.current).toMatchObject({ "beds.phv_adult_dps": "64", "beds.tsb_total": "20,5" });
    decoysKept(state);
    expect(result.filled).toEqual(expect.arrayContaining(CELLS));
  });
});
