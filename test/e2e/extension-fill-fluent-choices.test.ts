import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageFigures } from "../../extension/background/package-figures";
import type { FigureReport, FrameResult, UndoResult } from "../../extension/content/content-api";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { callContent, contentRequest, launchBrowser } from "./forms/browser";
import { buildBundle } from "./forms/build-bundle";
import { measureFill, openForm } from "./forms/form-accuracy";
import {
  innlandetPlanStatus,
  planStatusChoiceGroupForm,
  planStatusFluentRadioForm,
  planStatusFluentReactForm,
  planStatusFluentWcForm,
} from "./forms/plan-status-forms";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import type { TestForm } from "./forms/structured-forms";

// Plan status (Innlandet 2025, examples/board) into Fluent radio groups: <fluent-radio-group> (web
// components v3, radios without native inputs, roles through ElementInternals) and Fluent UI React
// v8's ChoiceGroup. The radios are ordered På plass / Under arbeid / Ikke startet and valued 1–3 or
// keyed a/b/c, so only their labels say which status each is. The joint intake's group asks
// Ja / Nei / Delvis: refused, its options named. And undo of Fluent's dropdowns: the web
// component's goes back to nothing chosen; Fluent UI React's cannot, and says so.

const PLAN: SubmissionPackage = innlandetPlanStatus();
const WC = planStatusFluentRadioForm(PLAN);
const REACT = planStatusChoiceGroupForm(PLAN);
// The dropdown forms of extension-fill-plan-status.test.ts, for undo.
const DROPDOWN_WC = planStatusFluentWcForm(PLAN);
const DROPDOWN_REACT = planStatusFluentReactForm(PLAN);
const FORMS: readonly TestForm[] = [WC, REACT, DROPDOWN_WC, DROPDOWN_REACT];
const REVERSED = ["in_place", "in_progress", "not_started"];

let browser: Browser;
let server: FormServer;
let page: Page;

beforeAll(async () => {
  const scripts: Record<string, string> = {};
  for (const form of FORMS)
    for (const [path, file] of Object.entries(form.bundles ?? {})) scripts[path] = await buildBundle(file);
  server = await startFormServer({
    pages: Object.fromEntries(FORMS.map((form) => [form.path, form.html])),
    scripts,
  });
  browser = await launchBrowser();
  page = await browser.newPage();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function workerRequest(extra: Parameters<typeof contentRequest>[1] = {}) {
  return {
    ...contentRequest({}, { year: PLAN.year, waitMs: 3000, ...extra }),
    figures: packageFigures(PLAN),
  };
}
const run = (request: ReturnType<typeof workerRequest>) =>
  callContent(page.mainFrame(), "run", request) as Promise<FrameResult>;
const reportOf = (result: FrameResult, id: string) =>
  (result.figures ?? []).find((report: FigureReport) => report.id === id);
const statusIds = Object.keys(PLAN.values).filter((id) => !/\.(unit_org|year)$/.test(id));
const pageState = (form: TestForm) =>
  page.evaluate(
    (name) => {
      const value = (window as unknown as Record<string, unknown>)[name];
      return JSON.parse(JSON.stringify(typeof value === "function" ? value() : value));
    },
    form === WC ? "__radioState" : "__choiceState",
  ) as Promise<Record<string, string>>;
/** What each form's state holds for a status: the radio's value (1–3) or the option's key (a–c). */
const held = (form: TestForm, code: string) =>
  form === WC ? String(REVERSED.indexOf(code) + 1) : ["a", "b", "c"][REVERSED.indexOf(code)];

describe.each([WC, REACT])("$path", (form) => {
  it("by labels: every status in its measure's group, no other control changed", async () => {
    const { accuracy } = await measureFill(page, server.origin, form, { figures: packageFigures(PLAN) });
    expect(accuracy.problems).toEqual([]);
    expect(accuracy.wrong).toBe(0);
    expect(accuracy.missed).toBe(0);
    expect(accuracy.correct).toBe(Object.values(form.expected).filter((spec) => spec !== null).length);
  });

  it("the page's own state: each status chosen by its label; the Ja / Nei / Delvis group refused, its options named", async () => {
    await openForm(page, server.origin, form);
    const result = await run(workerRequest());
    const state = await pageState(form);
    for (const id of statusIds) {
      const name = id.slice("plan_status.".length);
      expect(state[name] ?? "", name).toBe(
        name === "joint_intake" ? "" : held(form, String(PLAN.values[id])),
      );
    }
    const refused = reportOf(result, "plan_status.joint_intake");
    expect(refused?.outcome).toBe("no_option");
    expect(refused?.options).toEqual(["Ja", "Nei", "Delvis"]);
  });

  it("check mode matches every status after the fill; undo empties every group again, or says it cannot", async () => {
    await openForm(page, server.origin, form);
    const fill = await run(workerRequest());
    expect(fill.filled.length).toBe(statusIds.length - 1);
    const check = await run(workerRequest({ mode: "check" }));
    expect([...check.matched].sort()).toEqual([...fill.filled].sort());
    // The Ja / Nei / Delvis group stays empty: the check says so.
    expect(check.mismatched.map((row) => row.id)).toEqual(["plan_status.joint_intake"]);
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    if (form === WC) {
      expect(undo.failed).toEqual([]);
      expect([...undo.restored].sort()).toEqual([...fill.filled].sort());
      expect(Object.values(await pageState(form)).filter((value) => value !== "")).toEqual([]);
    } else {
      // React holds the ChoiceGroup's choice; no user action takes it back: not restored, said so.
      expect([...undo.failed].sort()).toEqual([...fill.filled].sort());
    }
  });
});

describe("undo of Fluent dropdowns the fill chose in", () => {
  const statusesChosen = (fill: FrameResult) => fill.filled.filter((id) => !id.startsWith("note."));

  it("<fluent-dropdown>: every dropdown shows nothing chosen again, the component's value empty", async () => {
    await openForm(page, server.origin, DROPDOWN_WC);
    const fill = await run(workerRequest());
    expect(statusesChosen(fill).length).toBe(statusIds.length);
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    expect(undo.failed).toEqual([]);
    expect([...undo.restored].sort()).toEqual([...fill.filled].sort());
    const state = (await page.evaluate(() =>
      (window as unknown as { __wcState: () => Record<string, string> }).__wcState(),
    )) as Record<string, string>;
    expect(Object.entries(state).filter(([, value]) => value !== "")).toEqual([]);
  });

  it("Fluent UI React's Dropdown cannot go back to nothing chosen: each is reported not restored, the comments are", async () => {
    await openForm(page, server.origin, DROPDOWN_REACT);
    const fill = await run(workerRequest());
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    expect([...undo.failed].sort()).toEqual([...statusesChosen(fill)].sort());
    expect(undo.restored.every((id) => id.startsWith("note."))).toBe(true);
  });
});
