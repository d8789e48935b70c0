// A profile made on the options page as a user makes it: "Ny profil", "Pek ut felt på siden", real
// clicks on the boxes under the column "2024", Escape, "Lagre profil". The options page kept the
// picked locators' report's year out of what it saved, so next year's form (2024 | 2025) got the
// 2025 package's figures in last year's column (test/e2e/forms/adversary-6/FINDINGS.md, D16). A
// profile saved so, without its year, is refused there with both columns named.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ProfileList } from "../../extension/messages";
import type { FormProfile } from "../../extension/profile/form-profile";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { EXTENSION_DIR } from "./forms/browser";

const FORMS = "test/e2e/forms/adversary-6";
const PHYSICIANS = "staffing.physicians_headcount";
const PSYCHOLOGISTS = "staffing.psychologists_headcount";
/** The staffing form of one year: `Yrkesgruppe | 2023 | 2024`, as the tester built it, without its state reporter. */
const form = (name: string) =>
  readFileSync(`${FORMS}/${name}`, "utf8").replace(/<script src="state\.js"[^>]*><\/script>/, "");
/** A form that shows this year's column only (`Yrkesgruppe | 2025`): no "2024" to be matched as written. */
const ONLY_2025 = form("q01n-bemanning-2025.html")
  .replace("<th>2024</th>", "")
  .replaceAll(/<td><input data-k="x:[^"]+"><\/td>/g, "");
const PAGES: Record<string, string> = {
  "q01-bemanning-2024.html": form("q01-bemanning-2024.html"),
  "q01n-bemanning-2025.html": form("q01n-bemanning-2025.html"),
  "q01o-bemanning-2025.html": ONLY_2025,
};

let server: Server;
let base: string;
let copy: { dir: string; remove(): void };
let session: ExtensionSession;

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = PAGES[(request.url ?? "").replace(/^\/[ab]\//, "")];
    response.statusCode = page === undefined ? 404 : 200;
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(page ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  await session.send({
    type: "import-packages",
    files: [2024, 2025].map((year) => ({
      name: `telemark-bemanning-${year}.hso.json`,
      text: readFileSync(`examples/packages/telemark-bemanning-${year}.hso.json`, "utf8"),
    })),
  });
}, 60_000);
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await new Promise((resolve) => server?.close(resolve));
});

/** Fills a page with Telemark's package of `year`: the outcome and what each box holds then. */
async function fill(path: string, year: number) {
  const { tabId, page } = await session.openTab(`${base}/${path}`);
  try {
    const result = await session.send<FillResult>({
      type: "fill-tab",
      tabId,
      org: "983975267",
      year,
      mode: "fill",
      expect: { url: page.url(), origin: new URL(page.url()).origin },
    });
    const boxes = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((box) => [box.dataset.k, box.value]),
      ),
    );
    return { result, boxes };
  } finally {
    await page.close();
  }
}

/** The row of one figure in a fill's report. */
const rowOf = (result: FillResult, id: string) => result.rows.find((row) => row.ids.includes(id));

/** Waits (outside a test: no expect.poll) until `ready` answers true, for at most 20 s. */
async function until(ready: () => Promise<boolean>): Promise<void> {
  for (const start = Date.now(); !(await ready()); ) {
    if (Date.now() - start > 20_000) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Hovers the box until the picker marks it (its marks' host appears under <html>): it is listening. */
function waitForPicker(page: Page, selector: string): Promise<void> {
  return until(async () => {
    await page.hover("h1", { position: { x: 1, y: 1 } });
    await page.hover(selector);
    return page.evaluate(() =>
      [...document.documentElement.children].some((child) => child.localName === "div"),
    );
  });
}

describe("a profile pointed on the options page under the column '2024', then next year's form (D16)", () => {
  let saved: FormProfile | undefined;

  beforeAll(async () => {
    const { page } = await session.openTab(`${base}/a/q01-bemanning-2024.html`);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole("button", { name: "Ny profil" }).click();
    await options.getByLabel("Navn").fill("Bemanning, pekt ut");
    await options.getByLabel("Adressemønster").fill(`${base}/a/q01*`);
    await options.getByRole("button", { name: "Pek ut felt på siden" }).click();
    await page.bringToFront();
    await waitForPicker(page, `[data-k="${PHYSICIANS}"]`);
    await page.click(`[data-k="${PHYSICIANS}"]`);
    await page.click(`[data-k="${PSYCHOLOGISTS}"]`);
    await page.keyboard.press("Escape");
    await options.bringToFront();
    // Both picked rows are drawn, each with the figure its label suggests, before they can be
    // saved: counting the page's lists alone passed before the picks had come (the editor has a
    // list of its own), and under load an empty profile was saved.
    await until(
      async () =>
        (await options
          .locator("fieldset.card > select:first-of-type")
          .evaluateAll(
            (lists) => lists.filter((list) => (list as HTMLSelectElement).value !== "").length,
          )) === 2,
    );
    await options.getByRole("button", { name: "Lagre profil" }).click();
    await until(
      async () => (await session.send<ProfileList>({ type: "get-profiles" })).profiles.length === 1,
    );
    saved = (await session.send<ProfileList>({ type: "get-profiles" })).profiles[0];
    await options.close();
    await page.close();
  }, 120_000);

  it("saves the label and the CSS path with the report's year they were read in, 2024", () => {
    expect(Object.keys(saved?.fields ?? {}).sort()).toEqual([PHYSICIANS, PSYCHOLOGISTS]);
    const locators = saved?.fields[PHYSICIANS]?.locators ?? [];
    expect(locators).toContainEqual({
      kind: "label",
      label: "Leger i alt, personer",
      section: "2024",
      year: 2024,
    });
    expect(locators.find((locator) => locator.kind === "css")).toMatchObject({
      label: "Leger i alt, personer",
      section: "2024",
      year: 2024,
    });
  });

  it("next year's form (2024 | 2025) with the 2025 package: 92 and 242 under 2025, last year's column untouched", async () => {
    const { result, boxes } = await fill("a/q01n-bemanning-2025.html", 2025);
    expect(boxes).toEqual({
      "x:ly-leg": "",
      [PHYSICIANS]: "92",
      "x:ly-psy": "",
      [PSYCHOLOGISTS]: "242",
    });
    expect(result.filled.sort()).toEqual([PHYSICIANS, PSYCHOLOGISTS]);
  }, 60_000);

  it("twin: the form it was pointed on with the 2024 package still gets 90 and 237 under 2024", async () => {
    const { result, boxes } = await fill("a/q01-bemanning-2024.html", 2024);
    expect(boxes).toEqual({
      "x:ly-leg": "",
      [PHYSICIANS]: "90",
      "x:ly-psy": "",
      [PSYCHOLOGISTS]: "237",
    });
    expect(result.filled.sort()).toEqual([PHYSICIANS, PSYCHOLOGISTS]);
  }, 60_000);
});

describe("the profile exported without its year (profiles/q01-pointed-2024.json)", () => {
  beforeAll(async () => {
    const text = readFileSync(`${FORMS}/profiles/q01-pointed-2024.json`, "utf8").replace(
      "http://127.0.0.1:19661/q01*",
      `${base}/b/q01*`,
    );
    const { saved } = await session.send<{ saved: string[] }>({ type: "import-profiles", text });
    expect(saved).toHaveLength(1);
  });

  it("2025's package on next year's form (2024 | 2025): unclear, both columns named, nothing written", async () => {
    const { result, boxes } = await fill("b/q01n-bemanning-2025.html", 2025);
    expect(Object.values(boxes)).toEqual(["", "", "", ""]);
    for (const id of [PHYSICIANS, PSYCHOLOGISTS]) {
      const row = rowOf(result, id);
      expect(row).toMatchObject({ outcome: "ambiguous", locatorProblem: "locators_disagree" });
      expect(row?.candidates?.map((candidate) => candidate.section).sort()).toEqual([
        expect.stringContaining("2024"),
        expect.stringContaining("2025"),
      ]);
    }
    expect(result.filled).toEqual([]);
  }, 60_000);

  it("twin: 2024's package on the 2024 form is matched as written: 90 and 237 under 2024", async () => {
    const { boxes } = await fill("b/q01-bemanning-2024.html", 2024);
    expect(boxes).toEqual({ "x:ly-leg": "", [PHYSICIANS]: "90", "x:ly-psy": "", [PSYCHOLOGISTS]: "237" });
  }, 60_000);

  it("2025's package on a form showing 2025 only: the one column there with the package's year", async () => {
    const { boxes } = await fill("b/q01o-bemanning-2025.html", 2025);
    expect(boxes).toEqual({ [PHYSICIANS]: "92", [PSYCHOLOGISTS]: "242" });
  }, 60_000);
});
