import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FillResult, ImportResult, UndoSummary } from "../../extension/messages";
import { type ExtensionSession, openExtensionSession } from "../../scripts/try-form/extension-session.js";
import { grantedCopy } from "../../scripts/try-form/granted-copy.js";
import { packageText } from "../../shared/package/build-package";
import { EXTENSION_DIR } from "./forms/browser";
import { formRoutes } from "./forms/form-session";
import {
  innlandetPlanStatus,
  planStatusChoiceGroupForm,
  planStatusFluentRadioForm,
  planStatusFluentReactForm,
  planStatusFluentWcForm,
  planStatusRadioForm,
} from "./forms/plan-status-forms";
import { type FormServer, startFormServer } from "./forms/serve-forms";

// Undo ("Angre utfyllingen") through the real extension: the built worker injects the content
// script with executeScript, so it runs in Chrome's isolated world and sees the page's DOM but none
// of its JavaScript (React's `__reactProps$` expandos, a web component's own properties). The other
// undo tests inject content.js into the page's world and cannot see the difference. Each test reads
// the page's own state after undo (React's state, the web components' values, a page script's
// record of the choice) and what the DOM shows, and asserts they agree with what undo reported.

const PLAN = innlandetPlanStatus();
const CHOICE_GROUP = planStatusChoiceGroupForm(PLAN);
const REACT_DROPDOWN = planStatusFluentReactForm(PLAN);
const WC_DROPDOWN = planStatusFluentWcForm(PLAN);
const PLAIN_RADIOS = planStatusRadioForm(PLAN);
const WC_RADIOS = planStatusFluentRadioForm(PLAN);
// The plain radio table with a page script that records each choice from the radios' change
// events, as a hand-written intranet page posting JSON does (window.__chosen is what it would send).
const SCRIPTED_RADIOS = {
  path: "/plan-status-scripted",
  html: PLAIN_RADIOS.html.replace(
    "</body>",
    `<script>window.__chosen={};document.addEventListener("change",(e)=>{if(e.target.type==="radio")window.__chosen[e.target.name]=e.target.value})</script></body>`,
  ),
};
const FIRST = "plan_status.children_24_7"; // in_place in the package
const SECOND = "plan_status.cooccurring_ward_routines"; // not_started

let server: FormServer;
let session: ExtensionSession;
let copy: { dir: string; remove(): void };

beforeAll(async () => {
  const { pages, scripts } = await formRoutes([CHOICE_GROUP, REACT_DROPDOWN, WC_DROPDOWN, WC_RADIOS]);
  server = await startFormServer({
    pages: { ...pages, [PLAIN_RADIOS.path]: PLAIN_RADIOS.html, [SCRIPTED_RADIOS.path]: SCRIPTED_RADIOS.html },
    scripts,
  });
  copy = grantedCopy(EXTENSION_DIR, ["http://127.0.0.1/*"]);
  session = await openExtensionSession(copy.dir);
  const imported = await session.send<{ results: ImportResult[] }>({
    type: "import-packages",
    files: [{ name: "innlandet-2025.hso.json", text: packageText(PLAN) }],
  });
  for (const result of imported.results)
    if (!result.ok || !result.package.fillable) throw new Error(`package refused: ${JSON.stringify(result)}`);
}, 180_000);
afterAll(async () => {
  await session?.close();
  copy?.remove();
  await server?.close();
});

/**
 * Opens a form, lets `before` act as the user did before the fill, fills the given statuses as the
 * popup does (preview, then the ticked rows; `overwrite` when the user chose it) and undoes.
 */
async function fillAndUndo(
  path: string,
  ids: string[],
  before: (page: Page) => Promise<void> = async () => {},
): Promise<{ page: Page; fill: FillResult; undone: UndoSummary }> {
  const { tabId, page } = await session.openTab(`${server.origin}${path}`);
  await page.waitForSelector("input, [role=combobox], fluent-dropdown, fluent-radio-group");
  await before(page);
  const base = {
    tabId,
    org: PLAN.unit.org,
    year: PLAN.year,
    expect: { url: page.url(), origin: server.origin },
  };
  await session.send({ type: "plan-tab", ...base });
  // A measure's words name a year of its own (2019): the user's override, as the popup offers it.
  const fill = await session.send<FillResult>({
    type: "fill-tab",
    ...base,
    mode: "fill",
    ids,
    overwrite: true,
    override: true,
  });
  expect(fill.filled.sort()).toEqual([...ids].sort());
  const undone = await session.send<UndoSummary>({ type: "undo-tab", tabId });
  return { page, fill, undone };
}

const windowValue = (page: Page, name: string) =>
  page.evaluate((key) => {
    const value = (window as unknown as Record<string, unknown>)[key];
    return JSON.parse(JSON.stringify(typeof value === "function" ? value() : value));
  }, name) as Promise<Record<string, string>>;

/** The ids of the checked native radios of one ChoiceGroup (its option keys end them: -a, -b, -c). */
const checkedIn = (page: Page, name: string) =>
  page.evaluate(
    (group) =>
      [...document.querySelectorAll<HTMLInputElement>(`input[name="${group}"]:checked`)].map((r) => r.id),
    name,
  );

/** What a combobox shows (Fluent UI React's title span, the web component's button). */
const shown = (page: Page, selector: string) =>
  page.evaluate((at) => document.querySelector(at)?.textContent?.replace(/\s+/g, " ").trim() ?? "", selector);

describe("Fluent UI React ChoiceGroup", () => {
  it("held nothing: not restored, said why; React's state and the DOM both keep the fill's choice", async () => {
    const { page, undone } = await fillAndUndo(CHOICE_GROUP.path, [FIRST, SECOND]);
    expect(undone.restored).toEqual([]);
    expect(undone.failed.sort()).toEqual([FIRST, SECOND].sort());
    expect(undone.cannotEmpty?.sort()).toEqual([FIRST, SECOND].sort());
    const state = await windowValue(page, "__choiceState");
    expect([state.children_24_7, state.cooccurring_ward_routines]).toEqual(["a", "c"]);
    // What the page shows is what it would submit: the DOM was not unticked behind React's back.
    expect(await checkedIn(page, "s_children_24_7")).toEqual([expect.stringMatching(/-a$/)]);
    expect(await checkedIn(page, "s_cooccurring_ward_routines")).toEqual([expect.stringMatching(/-c$/)]);
    await page.close();
  });

  it("held another choice: restored to it, in React's state too", async () => {
    const { page, undone } = await fillAndUndo(CHOICE_GROUP.path, [FIRST], async (at) => {
      await at.locator('input[name="s_children_24_7"][id$="-b"]').check({ force: true });
      expect((await windowValue(at, "__choiceState")).children_24_7).toBe("b");
    });
    expect(undone.restored).toEqual([FIRST]);
    expect(undone.failed).toEqual([]);
    expect((await windowValue(page, "__choiceState")).children_24_7).toBe("b");
    expect(await checkedIn(page, "s_children_24_7")).toEqual([expect.stringMatching(/-b$/)]);
    await page.close();
  });
});

describe("Fluent UI React Dropdown", () => {
  it("held nothing: not restored, said why; React's state and the shown text keep the fill's choice", async () => {
    const { page, undone } = await fillAndUndo(REACT_DROPDOWN.path, [FIRST, SECOND]);
    expect(undone.restored).toEqual([]);
    expect(undone.cannotEmpty?.sort()).toEqual([FIRST, SECOND].sort());
    const state = await windowValue(page, "__fluentState");
    expect([state["s-children_24_7"], state["s-cooccurring_ward_routines"]]).toEqual([
      "in_place",
      "not_started",
    ]);
    expect(await shown(page, "#s-children_24_7")).toBe("På plass");
    await page.close();
  });

  it("held another option: restored to it, in React's state too", async () => {
    const { page, undone } = await fillAndUndo(REACT_DROPDOWN.path, [FIRST], async (at) => {
      await at.click("#s-children_24_7");
      await at.getByRole("option", { name: "Under arbeid" }).click();
      expect((await windowValue(at, "__fluentState"))["s-children_24_7"]).toBe("in_progress");
    });
    expect(undone.restored).toEqual([FIRST]);
    expect(undone.failed).toEqual([]);
    expect((await windowValue(page, "__fluentState"))["s-children_24_7"]).toBe("in_progress");
    expect(await shown(page, "#s-children_24_7")).toBe("Under arbeid");
    await page.close();
  });
});

describe("<fluent-dropdown> (Fluent UI web components)", () => {
  it("held nothing: not restored, said why; the component's value and its button keep the fill's choice", async () => {
    const { page, undone } = await fillAndUndo(WC_DROPDOWN.path, [FIRST, SECOND]);
    expect(undone.restored).toEqual([]);
    expect(undone.cannotEmpty?.sort()).toEqual([FIRST, SECOND].sort());
    const state = await windowValue(page, "__wcState");
    expect([state["s-children_24_7"], state["s-cooccurring_ward_routines"]]).toEqual([
      "in_place",
      "not_started",
    ]);
    expect(await shown(page, "#s-children_24_7 [slot=control]")).toBe("På plass");
    await page.close();
  });

  it("held another option: restored to it, in the component's value too", async () => {
    const { page, undone } = await fillAndUndo(WC_DROPDOWN.path, [FIRST], async (at) => {
      await at.click("#s-children_24_7");
      await at.locator("#s-children_24_7 fluent-option", { hasText: "Under arbeid" }).click();
      expect((await windowValue(at, "__wcState"))["s-children_24_7"]).toBe("in_progress");
    });
    expect(undone.restored).toEqual([FIRST]);
    expect(undone.failed).toEqual([]);
    expect((await windowValue(page, "__wcState"))["s-children_24_7"]).toBe("in_progress");
    await page.close();
  });
});

describe("native radios", () => {
  it("a page whose script records the choice, held nothing: not restored, said why; DOM and record agree", async () => {
    const { page, undone } = await fillAndUndo(SCRIPTED_RADIOS.path, [FIRST]);
    expect(undone.restored).toEqual([]);
    expect(undone.cannotEmpty).toEqual([FIRST]);
    expect((await windowValue(page, "__chosen")).status_children_24_7).toBe("3");
    expect(await page.isChecked("#s-children_24_7-3")).toBe(true);
    await page.close();
  });

  it("the same page, held another choice: restored to it, in the script's record too", async () => {
    const { page, undone } = await fillAndUndo(SCRIPTED_RADIOS.path, [FIRST], async (at) => {
      await at.check("#s-children_24_7-2");
    });
    expect(undone.restored).toEqual([FIRST]);
    expect((await windowValue(page, "__chosen")).status_children_24_7).toBe("2");
    expect(await page.isChecked("#s-children_24_7-2")).toBe(true);
    await page.close();
  });

  it("a page without scripts, held nothing: emptied again (the DOM is all it holds)", async () => {
    const { page, undone } = await fillAndUndo(PLAIN_RADIOS.path, [FIRST]);
    expect(undone.restored).toEqual([FIRST]);
    expect(undone.failed).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll("input[type=radio]:checked").length)).toBe(0);
    await page.close();
  });
});

// <fluent-radio>'s checked, value, disabled and labels are the component's own properties, undefined
// from the isolated world; the engine reads the DOM instead: its CSS custom state :state(checked),
// its value attribute and its <fluent-field>'s label.
describe("<fluent-radio-group> (Fluent UI web components)", () => {
  it("fills each status by its radio's label, and the groups' own values say so", async () => {
    const { page, fill, undone } = await fillAndUndo(WC_RADIOS.path, [FIRST, SECOND], async () => {});
    expect(fill.filled.sort()).toEqual([FIRST, SECOND].sort());
    expect(undone.cannotEmpty?.sort()).toEqual([FIRST, SECOND].sort());
    // In the package: children_24_7 in_place (radio 1), cooccurring_ward_routines not_started (3).
    const state = await windowValue(page, "__radioState");
    expect([state.children_24_7, state.cooccurring_ward_routines]).toEqual(["1", "3"]);
    await page.close();
  });

  it("held another choice: restored to it, in the component's value too", async () => {
    const { page, undone } = await fillAndUndo(WC_RADIOS.path, [FIRST], async (at) => {
      await at.click("#s-children_24_7-2");
      expect((await windowValue(at, "__radioState")).children_24_7).toBe("2");
    });
    expect(undone.restored).toEqual([FIRST]);
    expect(undone.failed).toEqual([]);
    expect((await windowValue(page, "__radioState")).children_24_7).toBe("2");
    await page.close();
  });
});
