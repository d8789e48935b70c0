import type { Frame, Page } from "playwright-core";
import type { ContentRequest, FrameResult, PickAnswer } from "../../../extension/content/content-api";
import type { FormProfile } from "../../../extension/profile/form-profile";
import { findUnit } from "../../../shared/units/reporting-units";
import { callContent, contentRequest } from "./browser";
import type { TestForm } from "./structured-forms";

/** One control of the page as the test sees it: what it holds, and which figure (if any) belongs there. */
interface ControlState {
  value: string;
  owner: string | null;
}

/** A form's score: figures in their own field, figures in a field not theirs, figures not written. */
export interface Accuracy {
  correct: number;
  wrong: number;
  missed: number;
  /** What went wrong where ("beds.x → field of beds.y", "field of beds.y changed to …"). */
  problems: string[];
}

/**
 * Every control of the page (open shadow roots included) with what it holds, and the figure the
 * form says belongs there. Runs in the page, so it uses nothing from outside itself.
 */
function pageControls(expected: Record<string, string | null>): ControlState[] {
  const all: Element[] = [];
  const visit = (root: Document | ShadowRoot) => {
    for (const element of root.querySelectorAll("*")) {
      if (element.matches("input, select, textarea, [role=combobox], fluent-radio-group")) all.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  const resolve = (spec: string): Element | null => {
    if (spec.startsWith("label:")) {
      const text = spec.slice(6);
      const label = [...document.querySelectorAll("label")].find((item) => item.textContent?.trim() === text);
      return label?.control ?? label?.querySelector("input, select, textarea") ?? null;
    }
    if (spec.startsWith("shadow:"))
      return document.querySelector(spec.slice(7))?.shadowRoot?.querySelector("input, textarea") ?? null;
    const found = document.querySelector(spec);
    // A web component's combobox sits in its shadow root, or (Fluent's fluent-dropdown) in its
    // light DOM as the slotted control.
    return (
      found?.shadowRoot?.querySelector("[role=combobox]") ??
      found?.querySelector(":scope > [role=combobox]") ??
      found
    );
  };
  const owners = new Map<Element, string>();
  for (const [id, spec] of Object.entries(expected)) {
    const element = spec === null ? null : resolve(spec);
    if (element) owners.set(element, id);
  }
  const textOf = (element: Element): string => {
    // Fluent's radio group: its own value, the checked <fluent-radio>'s (none: "").
    if (element.localName === "fluent-radio-group") return String((element as HTMLInputElement).value ?? "");
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio"))
      return element.checked ? "☑" : "☐";
    if (
      "value" in element &&
      typeof element.value === "string" &&
      element.getAttribute("role") !== "combobox"
    )
      return element.value;
    return (element.textContent ?? "").replace(/\s+/g, " ").trim();
  };
  const hostOf = (element: Element) => (element.getRootNode() as ShadowRoot).host;
  return all.map((element) => ({
    value:
      element instanceof HTMLInputElement && element.getAttribute("role") === "combobox"
        ? element.value
        : textOf(element),
    owner: owners.get(element) ?? (hostOf(element) ? (owners.get(hostOf(element) as Element) ?? null) : null),
  }));
}

/** Whether a control's text means the figure (numbers in either decimal style, org. no. by digits). */
function means(text: string, value: number | string, shows: string | undefined): boolean {
  if (shows !== undefined && text.includes(shows)) return true;
  if (typeof value === "number")
    return Number(text.replace(/\s/g, "").replace(",", ".")) === value && text.trim() !== "";
  return text.replace(/\D/g, "") === value.replace(/\D/g, "") && /\d/.test(value)
    ? true
    : text.trim() === value;
}

/**
 * Compares the page before and after a fill: a figure is correct when its own control holds it,
 * wrong when any control not its own took it or its control took another value, missed when it
 * was not written. A control that changed without belonging to any figure counts as wrong too.
 */
export function score(form: TestForm, before: ControlState[], after: ControlState[]): Accuracy {
  const problems: string[] = [];
  let correct = 0;
  let missed = 0;
  for (const [id, value] of Object.entries(form.values)) {
    const mine = after.findIndex((control) => control.owner === id);
    if (mine >= 0 && means(after[mine]?.value ?? "", value, form.shows?.[id])) correct += 1;
    else if (form.expected[id] !== null) missed += 1;
  }
  after.forEach((control, index) => {
    const was = before[index]?.value;
    if (control.value === was) return;
    const owner = control.owner;
    if (owner === null)
      problems.push(`a field no figure belongs to changed from "${was}" to "${control.value}"`);
    else if (!means(control.value, form.values[owner] ?? "", form.shows?.[owner]))
      problems.push(`the field of ${owner} got "${control.value}"`);
  });
  return { correct, wrong: problems.length, missed, problems };
}

/** Fills a freshly loaded form once (labels alone, or with a profile) and scores the result. */
export async function measureFill(
  page: Page,
  origin: string,
  form: TestForm,
  extra: Partial<ContentRequest> = {},
): Promise<{ accuracy: Accuracy; result: FrameResult }> {
  await openForm(page, origin, form);
  const before = await page.evaluate(pageControls, form.expected);
  const org = Object.entries(form.values).find(([id]) => id.endsWith(".unit_org"))?.[1];
  const unit = typeof org === "string" ? findUnit(org) : undefined;
  const request = contentRequest(form.values, {
    year: form.year,
    waitMs: 3000,
    ...(unit ? { unit: { org: unit.org, name: unit.name } } : {}),
    ...extra,
  });
  const result = (await callContent(page.mainFrame(), "run", request)) as FrameResult;
  const after = await page.evaluate(pageControls, form.expected);
  return { accuracy: score(form, before, after), result };
}

/** Loads a form and waits until its library has rendered it (no control: nothing to measure). */
export async function openForm(page: Page, origin: string, form: TestForm): Promise<void> {
  await page.goto(`${origin}${form.path}`);
  await page.waitForFunction(() => {
    const find = (root: Document | ShadowRoot): boolean =>
      root.querySelector("input, textarea, [role=combobox], fluent-radio-group") !== null ||
      [...root.querySelectorAll("*")].some(
        (element) => element.shadowRoot !== null && find(element.shadowRoot),
      );
    return find(document);
  });
}

/**
 * A profile made by pointing, as a user makes one: for each figure the form has a field for, the
 * engine's pick is started and the field is clicked (a real, trusted click through Chromium's
 * input pipeline); the picked field's locators become the profile's.
 */
export async function profileByPointing(page: Page, origin: string, form: TestForm): Promise<FormProfile> {
  await openForm(page, origin, form);
  const fields: FormProfile["fields"] = {};
  for (const [id, spec] of Object.entries(form.expected)) {
    if (spec === null) continue;
    const picked = pick(page.mainFrame());
    // Give the page a moment to install the pick's listeners before the click arrives.
    await page.waitForTimeout(300);
    const target = spec.startsWith("label:")
      ? page.getByLabel(spec.slice(6), { exact: true })
      : page.locator(playwrightSelector(spec));
    await target.first().click();
    const answer = await picked;
    const field = answer.picked[0];
    if (field) fields[id] = { locators: field.locators };
  }
  return { name: `Pekt ut: ${form.path}`, urlPattern: `${origin}/*`, decimal: "comma", fields };
}

function pick(frame: Frame): Promise<PickAnswer> {
  return callContent(frame, "pick", { timeoutMs: 10_000 }) as Promise<PickAnswer>;
}

function playwrightSelector(spec: string): string {
  if (spec.startsWith("shadow:")) return `${spec.slice(7)} :is(input, textarea)`;
  return spec;
}
