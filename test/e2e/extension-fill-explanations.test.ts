import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageFigures } from "../../extension/background/package-figures";
import type { ContentRequest } from "../../extension/content/content-api";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { bedsExplanationForm, examplePackage, staffingExplanationForm } from "./forms/explanation-forms";
import { measureFill, openForm } from "./forms/form-accuracy";
import {
  controlValues,
  expectEveryFigureInItsControl,
  type FormSession,
  openFormSession,
  reportOf,
  runOnPage,
  workerRequest,
} from "./forms/form-session";
import type { FormServer } from "./forms/serve-forms";
import type { TestForm } from "./forms/structured-forms";

// Explanations of changes (a package's `notes` of beds and staffing figures) into the box that
// belongs to that figure, from the trusts' own packages in examples/packages: Innlandet's 2021
// adult beds with the paper's footnote, Innlandet's 2024 staffing with four explanations. The
// figures are the service worker's own (packageFigures). Every control is read back.

const BEDS: SubmissionPackage = examplePackage("innlandet-2021");
const STAFFING: SubmissionPackage = examplePackage("innlandet-bemanning-2024");
const BEDS_FORM = bedsExplanationForm(BEDS);
const TWICE = bedsExplanationForm(BEDS, true);
const STAFFING_FORM = staffingExplanationForm(STAFFING);
const FORMS: readonly TestForm[] = [BEDS_FORM, TWICE, STAFFING_FORM];

let session: FormSession;
let server: FormServer;
let page: Page;

beforeAll(async () => {
  session = await openFormSession(FORMS);
  ({ server, page } = session);
}, 180_000);
afterAll(() => session?.close());

const packageOf = (form: TestForm) => (form === STAFFING_FORM ? STAFFING : BEDS);
const run = (request: ContentRequest) => runOnPage(page, request);
const pageValues = () => controlValues(page);

describe.each(FORMS)("$path by labels", (form) => {
  it("each explanation in its figure's box, no other control changed", async () => {
    const { accuracy } = await measureFill(page, server.origin, form, {
      figures: packageFigures(packageOf(form)),
    });
    expectEveryFigureInItsControl(accuracy, form);
  });
});

describe("explanations of changes", () => {
  it("the adult beds' footnote goes into 'Forklaring ved endring i PHV voksne, i alt' and nowhere else", async () => {
    await openForm(page, server.origin, BEDS_FORM);
    const result = await run(workerRequest(BEDS));
    expect(reportOf(result, "note.beds.phv_adult_total")?.outcome).toBe("filled");
    expect(await pageValues()).toEqual({
      phv: "190",
      "why-phv": BEDS.notes["beds.phv_adult_total"],
      phbu: "",
      "why-phbu": "",
      tsb: "",
      "why-tsb": "",
      remark: "",
    });
  });

  it("two boxes for the same explanation: ambiguous, both named, neither written", async () => {
    await openForm(page, server.origin, TWICE);
    const result = await run(workerRequest(BEDS));
    const report = reportOf(result, "note.beds.phv_adult_total");
    expect(report?.outcome).toBe("ambiguous");
    expect(report?.candidates?.map((candidate) => candidate.label)).toEqual([
      "Forklaring ved endring i PHV voksne, i alt",
      "Forklaring ved endring i PHV voksne, i alt",
    ]);
    const values = await pageValues();
    expect(values["why-phv"]).toBe("");
    expect(values["why-phv-again"]).toBe("");
    expect(values.phv).toBe("190");
  });

  it("a form with no box for a figure's explanation: not found, the comment box left alone", async () => {
    await openForm(page, server.origin, BEDS_FORM);
    await page.evaluate(() => document.getElementById("why-phv")?.parentElement?.remove());
    const result = await run(workerRequest(BEDS));
    expect(reportOf(result, "note.beds.phv_adult_total")?.outcome).toBe("not_found");
    expect(Object.values(await pageValues()).filter((value) => value !== "")).toEqual(["190"]);
  });

  it("staffing: each headcount's explanation in its own row; rows without one stay empty", async () => {
    await openForm(page, server.origin, STAFFING_FORM);
    await run(workerRequest(STAFFING));
    const values = await pageValues();
    expect(values["why-psy"]).toBe(STAFFING.notes["staffing.psychologists_headcount"]);
    expect(values["why-senior"]).toBe("");
    expect(values["why-lis3bu"]).toBe("");
    expect(values.contact).toBe("");
  });

  it("check mode compares the explanation too, and writes nothing", async () => {
    await openForm(page, server.origin, BEDS_FORM);
    await page.fill("#why-phv", "Annen tekst");
    const check = await run(workerRequest(BEDS, { mode: "check" }));
    // The empty figure box differs too; nothing is written in check mode.
    expect(check.mismatched.map((row) => row.id).sort()).toEqual([
      "beds.phv_adult_total",
      "note.beds.phv_adult_total",
    ]);
    expect(await page.inputValue("#why-phv")).toBe("Annen tekst");
    expect(await page.inputValue("#phv")).toBe("");
  });
});
