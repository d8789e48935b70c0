import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityForm, innlandetActivity } from "./forms/activity-form";
import { launchBrowser } from "./forms/browser";
import { buildReactForm } from "./forms/build-react-form";
import {
  capacityPlan,
  capacityPlanFluentReactForm,
  capacityPlanLabelledForm,
  capacityPlanTableForm,
} from "./forms/capacity-plan-forms";
import { bedsExplanationForm, examplePackage, staffingExplanationForm } from "./forms/explanation-forms";
import { type Accuracy, measureFill, profileByPointing } from "./forms/form-accuracy";
import { formRoutes } from "./forms/form-session";
import { FLUENT_REACT_FORM, FLUENT_WC_FORM, VUE_FORM } from "./forms/library-forms";
import {
  innlandetPlanStatus,
  planStatusChoiceGroupForm,
  planStatusFluentRadioForm,
  planStatusFluentReactForm,
  planStatusFluentWcForm,
  planStatusRadioForm,
  planStatusSelectForm,
} from "./forms/plan-status-forms";
import { type FormServer, startFormServer } from "./forms/serve-forms";
import {
  CHECK_TABLE_FORM,
  GRID_FORM,
  SECTIONS_FORM,
  STAFFING_MATRIX_FORM,
  type TestForm,
} from "./forms/structured-forms";

// The fill engine on forms built as intranets build them, each filled twice from a fresh load:
// by labels alone, and with a profile made by pointing at its fields (trusted clicks). After each
// fill every control of the page is read back: a control that took a figure not its own, or
// changed without belonging to a figure, is a wrong figure, and there must be none.

const REACT_FORM: TestForm = {
  path: "/react/",
  year: 2025,
  html: "",
  values: {
    "beds.unit_org": "983975267",
    "beds.phv_adult_hospital": 40,
    "beds.phv_adult_dps": 63.5,
    "beds.phv_adult_total": 103.5,
    "beds.phbu_total": 20,
    "beds.tsb_total": 30,
  },
  expected: {
    "beds.unit_org": "#unit",
    "beds.phv_adult_hospital": "#field-hospital",
    "beds.phv_adult_dps": "#field-dps",
    "beds.phv_adult_total": "#field-total",
    "beds.phbu_total": "#field-phbu",
    "beds.tsb_total": "input[type=number]",
  },
};

const FORMS: readonly TestForm[] = [
  SECTIONS_FORM,
  CHECK_TABLE_FORM,
  STAFFING_MATRIX_FORM,
  GRID_FORM,
  REACT_FORM,
  FLUENT_REACT_FORM,
  FLUENT_WC_FORM,
  VUE_FORM,
  // Plan status (Innlandet 2025: statuses as choices, comments into their measures' boxes) and
  // activity (Innlandet 2024), test/e2e/extension-fill-plan-status.test.ts has their own checks.
  planStatusRadioForm(innlandetPlanStatus()),
  planStatusSelectForm(innlandetPlanStatus()),
  planStatusFluentWcForm(innlandetPlanStatus()),
  planStatusFluentReactForm(innlandetPlanStatus()),
  activityForm(innlandetActivity()),
  // Fluent radio groups (extension-fill-fluent-choices.test.ts), capacity plans (Innlandet 2025,
  // extension-fill-capacity-plan.test.ts) and explanations of changes
  // (extension-fill-explanations.test.ts) have their own checks too.
  planStatusFluentRadioForm(innlandetPlanStatus()),
  planStatusChoiceGroupForm(innlandetPlanStatus()),
  capacityPlanTableForm(capacityPlan("innlandet-2025")),
  capacityPlanLabelledForm(capacityPlan("innlandet-2025")),
  capacityPlanFluentReactForm(capacityPlan("innlandet-2025")),
  bedsExplanationForm(examplePackage("innlandet-2021")),
  staffingExplanationForm(examplePackage("innlandet-bemanning-2024")),
];

let browser: Browser;
let server: FormServer;
let page: Page;
const table = new Map<string, { labels?: Accuracy; profile?: Accuracy }>();

beforeAll(async () => {
  server = await startFormServer({ reactBundle: await buildReactForm(), ...(await formRoutes(FORMS)) });
  browser = await launchBrowser();
  page = await browser.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (table.size === FORMS.length) writeAccuracyTable();
});

describe.each(FORMS)("$path", (form) => {
  it("by labels alone: no figure in a field not its own", async () => {
    const { accuracy } = await measureFill(page, server.origin, form);
    table.set(form.path, { ...table.get(form.path), labels: accuracy });
    expect(accuracy.problems).toEqual([]);
    expect(accuracy.wrong).toBe(0);
  });

  it("with a profile made by pointing: no figure in a field not its own", async () => {
    const profile = await profileByPointing(page, server.origin, form);
    const { accuracy } = await measureFill(page, server.origin, form, { profile });
    table.set(form.path, { ...table.get(form.path), profile: accuracy });
    expect(accuracy.problems).toEqual([]);
    expect(accuracy.wrong).toBe(0);
  });
});

/** The table docs/extension.md shows, written from this run (npm run test:e2e, or this file alone). */
function writeAccuracyTable(): void {
  const rows = FORMS.map((form) => {
    const entry = table.get(form.path);
    const cell = (accuracy?: Accuracy) =>
      accuracy ? `${accuracy.correct} / ${accuracy.wrong} / ${accuracy.missed}` : "–";
    return `| \`${form.path}\` | ${Object.keys(form.values).length} | ${cell(entry?.labels)} | ${cell(entry?.profile)} |`;
  });
  const sum = (key: "labels" | "profile", part: keyof Omit<Accuracy, "problems">) =>
    [...table.values()].reduce((total, entry) => total + (entry[key]?.[part] ?? 0), 0);
  const placed = FORMS.reduce(
    (total, form) => total + Object.values(form.expected).filter((spec) => spec !== null).length,
    0,
  );
  const share = (key: "labels" | "profile") => Math.round((100 * sum(key, "correct")) / placed);
  const lines = [
    "| form | figures | labels alone: correct / wrong / missed | profile made by pointing: correct / wrong / missed |",
    "|---|---|---|---|",
    ...rows,
    `| all (${placed} figures with a field on their form) | | ${sum("labels", "correct")} / ${sum("labels", "wrong")} / ${sum("labels", "missed")} (${share("labels")} % correct) | ${sum("profile", "correct")} / ${sum("profile", "wrong")} / ${sum("profile", "missed")} (${share("profile")} % correct) |`,
  ];
  writeFileSync(resolve(import.meta.dirname, "../../docs/fill-accuracy.md"), `${lines.join("\n")}\n`);
}

describe("the page's own state after a fill by labels", () => {
  const state = (name: string) =>
    page.evaluate((key) => {
      const value = (window as unknown as Record<string, unknown>)[key];
      return JSON.parse(JSON.stringify(typeof value === "function" ? value() : value));
    }, name);

  it("Fluent UI React: the component state holds the figures (the unit by key, the date as ISO)", async () => {
    await measureFill(page, server.origin, FLUENT_REACT_FORM);
    expect(await state("__fluentState")).toEqual({
      unit: "983975267",
      year: "2025",
      countDate: "2025-11-15",
      hospital: "40",
      dps: "63,5",
      phbu: "20",
      tsb: "30",
      seniorHeads: "",
      seniorFte: "",
      sick: "",
    });
  });

  it("Vue 3: v-model.number holds numbers, and the comment text area is left alone", async () => {
    await measureFill(page, server.origin, VUE_FORM);
    expect(await state("__vueState")).toEqual({
      hospital: 40,
      dps: 63.5,
      total: 103.5,
      phbu: 20,
      tsb: 30.25,
      note: "",
    });
  });

  it("Fluent web components: each component's value holds its figure, the unit dropdown its org. no.", async () => {
    await measureFill(page, server.origin, FLUENT_WC_FORM);
    expect(await state("__wcState")).toEqual({
      // fluent-option's role is set through ElementInternals, not an attribute: the engine once
      // found no option and left the unit empty (issue 7).
      unit: "983975267",
      hospital: "40",
      dps: "63,5",
      total: "103,5",
      phbu: "20",
      tsb: "30",
    });
  });
});
