import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult } from "../../extension/messages";
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

beforeAll(async () => {
  server = await startFormServer({ reactBundle: await buildReactForm() });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
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

const fillTab = (tabId: number, mode: "fill" | "check" = "fill") =>
  session.send<FillResult>({ type: "fill-tab", tabId, org: "983975267", year: 2024, mode });
const submitted = (page: Page) => page.evaluate(() => (window as { __submitted?: number }).__submitted);
const ids = (prefix: string) => Object.keys(TELEMARK_VALUES).filter((id) => id.startsWith(prefix));

describe("fill-tab through the service worker", () => {
  it("fills the React form so its state holds the figures; check mode then finds them all", async () => {
    const { tabId, page } = await session.openTab(`${server.origin}/react/`);
    const result = await fillTab(tabId);
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

    const check = await fillTab(tabId, "check");
    expect(check.matched.sort()).toEqual(result.filled.sort());
    expect(check.filled).toEqual([]);
    await page.close();
  });

  it("fills the postback form across its reloads and never presses Lagre", async () => {
    const postsBefore = server.posts.length;
    const { tabId, page } = await session.openTab(`${server.origin}/postback`);
    const result = await fillTab(tabId);
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
    const result = await fillTab(tabId);
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
      const result = await fillTab(tabId);
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
