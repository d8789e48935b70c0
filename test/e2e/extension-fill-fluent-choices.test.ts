import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageFigures } from "../../extension/background/package-figures";
import type { ContentRequest, FrameResult, UndoResult } from "../../extension/content/content-api";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { callContent } from "./forms/browser";
import { measureFill, openForm } from "./forms/form-accuracy";
import {
  expectEveryFigureInItsControl,
  type FormSession,
  openFormSession,
  reportOf,
  runOnPage,
  workerRequest,
} from "./forms/form-session";
import {
  innlandetPlanStatus,
  planStatusChoiceGroupForm,
  planStatusFluentRadioForm,
  planStatusFluentReactForm,
  planStatusFluentWcForm,
  planStatusIds,
} from "./forms/plan-status-forms";
import type { FormServer } from "./forms/serve-forms";
import type { TestForm } from "./forms/structured-forms";

// Plan status (Innlandet 2025, examples/board) into Fluent radio groups: <fluent-radio-group> (web
// components v3, radios without native inputs, roles through ElementInternals) and Fluent UI React
// v8's ChoiceGroup. The radios are ordered På plass / Under arbeid / Ikke startet and valued 1–3 or
// keyed a/b/c, so only their labels say which status each is. The joint intake's group asks
// Ja / Nei / Delvis: refused, its options named. And undo of groups and dropdowns that held nothing:
// no user action empties them and the page's script holds the choice, so undo leaves each as the
// page holds it and says it cannot be emptied (docs/extension.md, "Angre"); the real extension's
// isolated world is tested in extension-undo-isolated-world.test.ts.

const PLAN: SubmissionPackage = innlandetPlanStatus();
const WC = planStatusFluentRadioForm(PLAN);
const REACT = planStatusChoiceGroupForm(PLAN);
// The dropdown forms of extension-fill-plan-status.test.ts, for undo.
const DROPDOWN_WC = planStatusFluentWcForm(PLAN);
const DROPDOWN_REACT = planStatusFluentReactForm(PLAN);
const FORMS: readonly TestForm[] = [WC, REACT, DROPDOWN_WC, DROPDOWN_REACT];
const REVERSED = ["in_place", "in_progress", "not_started"];

let session: FormSession;
let server: FormServer;
let page: Page;

beforeAll(async () => {
  session = await openFormSession(FORMS);
  ({ server, page } = session);
}, 180_000);
afterAll(() => session?.close());

const run = (request: ContentRequest) => runOnPage(page, request);
const statusIds = planStatusIds(PLAN);
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
    expectEveryFigureInItsControl(accuracy, form);
  });

  it("the page's own state: each status chosen by its label; the Ja / Nei / Delvis group refused, its options named", async () => {
    await openForm(page, server.origin, form);
    const result = await run(workerRequest(PLAN));
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

  it("check mode matches every status after the fill; undo says the groups cannot be emptied and leaves them", async () => {
    await openForm(page, server.origin, form);
    const fill = await run(workerRequest(PLAN));
    expect(fill.filled.length).toBe(statusIds.length - 1);
    const check = await run(workerRequest(PLAN, { mode: "check" }));
    expect([...check.matched].sort()).toEqual([...fill.filled].sort());
    // The Ja / Nei / Delvis group stays empty: the check says so.
    expect(check.mismatched.map((row) => row.id)).toEqual(["plan_status.joint_intake"]);
    const before = await pageState(form);
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    // The component holds the group's choice; no user action takes it back: not restored, said so.
    expect([...undo.failed].sort()).toEqual([...fill.filled].sort());
    expect([...(undo.cannotEmpty ?? [])].sort()).toEqual([...fill.filled].sort());
    expect(await pageState(form)).toEqual(before);
  });
});

describe("undo of Fluent dropdowns the fill chose in", () => {
  const statusesChosen = (fill: FrameResult) => fill.filled.filter((id) => !id.startsWith("note."));

  it("<fluent-dropdown> cannot go back to nothing chosen by any user action: each status is reported so, the comments are restored", async () => {
    await openForm(page, server.origin, DROPDOWN_WC);
    const fill = await run(workerRequest(PLAN));
    expect(statusesChosen(fill).length).toBe(statusIds.length);
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    expect([...(undo.cannotEmpty ?? [])].sort()).toEqual([...statusesChosen(fill)].sort());
    expect([...undo.failed].sort()).toEqual([...statusesChosen(fill)].sort());
    const state = (await page.evaluate(() =>
      (window as unknown as { __wcState: () => Record<string, string> }).__wcState(),
    )) as Record<string, string>;
    // Each status stays chosen, as its button shows; each comment is empty again.
    expect(Object.entries(state).filter(([key, value]) => key.startsWith("c-") && value !== "")).toEqual([]);
    expect(Object.entries(state).filter(([key, value]) => key.startsWith("s-") && value !== "").length).toBe(
      statusesChosen(fill).length,
    );
  });

  it("Fluent UI React's Dropdown cannot go back to nothing chosen: each is reported not restored, the comments are", async () => {
    await openForm(page, server.origin, DROPDOWN_REACT);
    const fill = await run(workerRequest(PLAN));
    const undo = (await callContent(page.mainFrame(), "undo", { undoId: fill.undoId })) as UndoResult;
    expect([...undo.failed].sort()).toEqual([...statusesChosen(fill)].sort());
    expect([...(undo.cannotEmpty ?? [])].sort()).toEqual([...statusesChosen(fill)].sort());
    expect(undo.restored.every((id) => id.startsWith("note."))).toBe(true);
  });
});
