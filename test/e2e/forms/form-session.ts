import type { Page } from "playwright-core";
import { expect } from "vitest";
import { packageFigures } from "../../../extension/background/package-figures";
import type { ContentRequest, FigureReport, FrameResult } from "../../../extension/content/content-api";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { callContent, contentRequest, launchBrowser } from "./browser";
import { buildBundle } from "./build-bundle";
import type { Accuracy } from "./form-accuracy";
import { type FormServer, startFormServer } from "./serve-forms";
import type { TestForm } from "./structured-forms";

// What the fill e2e files that drive the content script on served forms set up alike: the forms'
// pages and bundles on 127.0.0.1, one page in Debian's Chromium, the request the service worker
// sends for a package, and the page read back.

/** A test file's forms served and one browser page to fill them in; `close` stops both. */
export interface FormSession {
  server: FormServer;
  page: Page;
  close(): Promise<void>;
}

/** The routes that serve these forms: each form's HTML at its path, its scripts bundled with their library. */
export async function formRoutes(forms: readonly TestForm[]) {
  const scripts: Record<string, string> = {};
  for (const form of forms)
    for (const [path, file] of Object.entries(form.bundles ?? {})) scripts[path] = await buildBundle(file);
  // A form without HTML of its own (/react/) is one the form server serves itself.
  const pages = Object.fromEntries(
    forms.filter((form) => form.html !== "").map((form) => [form.path, form.html]),
  );
  return { pages, scripts };
}

/** Serves the forms (and any further pages, path → HTML) and opens one page in the browser. */
export async function openFormSession(
  forms: readonly TestForm[],
  morePages: Record<string, string> = {},
): Promise<FormSession> {
  const { pages, scripts } = await formRoutes(forms);
  const server = await startFormServer({ pages: { ...pages, ...morePages }, scripts });
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const page = await browser.newPage();
  const close = async () => {
    await browser.close();
    await server.close();
  };
  return { server, page, close };
}

/** The request the worker sends for a package: its figures (packageFigures), its year, the whole catalogue. */
export function workerRequest(pkg: SubmissionPackage, extra: Partial<ContentRequest> = {}): ContentRequest {
  return { ...contentRequest({}, { year: pkg.year, waitMs: 3000, ...extra }), figures: packageFigures(pkg) };
}

/** Runs one request in the page's main frame, as the worker injects the content script there. */
export function runOnPage(page: Page, request: ContentRequest): Promise<FrameResult> {
  return callContent(page.mainFrame(), "run", request) as Promise<FrameResult>;
}

/** Each figure's outcome, by figure id. */
export function outcomes(result: FrameResult): Record<string, FigureReport["outcome"]> {
  return Object.fromEntries((result.figures ?? []).map((report) => [report.id, report.outcome]));
}

/** The report of one figure, if the result has one. */
export function reportOf(result: FrameResult, id: string): FigureReport | undefined {
  return (result.figures ?? []).find((report) => report.id === id);
}

/** Every input and text area of a plain form by id, with what it holds. */
export function controlValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].map(
        (control) => [control.id, control.value],
      ),
    ),
  );
}

/** A fill by labels that put every figure the form asks for in its own control and changed nothing else. */
export function expectEveryFigureInItsControl(accuracy: Accuracy, form: TestForm): void {
  expect(accuracy.problems).toEqual([]);
  expect(accuracy.wrong).toBe(0);
  expect(accuracy.missed).toBe(0);
  expect(accuracy.correct).toBe(Object.values(form.expected).filter((spec) => spec !== null).length);
}
