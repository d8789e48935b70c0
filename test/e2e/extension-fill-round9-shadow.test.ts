// Round 9's web-component forms (test/e2e/forms/adversary-9/FINDINGS.md G5, G15, G17), cut down to
// the markup that decides: small custom elements drawn as Shoelace 2.20 and Lit draw theirs (open
// shadow roots, slotted text, a form-associated element), so the test needs none of those libraries.
// Every box is marked with the figure it must get, or `x:` for one that must stay empty, and each
// box's `value` is what the page holds (the inner input's, or what its form would submit).
import { describe, expect, it } from "vitest";
import type { FrameResult, UndoResult } from "../../extension/content/content-api";
import { callContent, contentRequest } from "./forms/browser";
import {
  BEDS_FIGURES,
  browserForFile,
  expectOnlyMarked,
  fillHtml,
  markedValues,
  telemarkPage,
} from "./forms/fill-page";

const browser = browserForFile();

/** As expectOnlyMarked, on a page that has its marked boxes (a component never drawn has none). */
const expectOnly = (held: Record<string, string>, filled: Record<string, string>) => {
  expect(Object.keys(held).length).toBeGreaterThan(0);
  expectOnlyMarked(held, filled);
};

/**
 * The components: `x-input` as `<sl-input label>` (its label and input in its shadow root),
 * `x-radio-button` as `<sl-radio-button>` (a `<button role=radio aria-checked>` in its shadow root,
 * the year slotted from the host), `x-tab-group` / `x-tab` / `x-tab-panel` as Shoelace's tab group
 * (the tabs first, slotted into the nav; a panel not `active` is not displayed), and `x-tall` as
 * round 9's Lit element (form-associated, an unlabelled `<input>` in its shadow root, its value
 * set on the form through ElementInternals).
 */
const COMPONENTS = `<style>x-tab-panel:not([active]){display:none}</style><script>
const shadow = (host, html) => { host.attachShadow({ mode: "open" }).innerHTML = html; return host.shadowRoot; };
customElements.define("x-input", class extends HTMLElement {
  connectedCallback() { shadow(this, '<label for="input">' + this.getAttribute("label") + '</label><input id="input">'); }
  get value() { return this.shadowRoot.querySelector("input").value; }
});
customElements.define("x-radio-button", class extends HTMLElement {
  connectedCallback() { shadow(this, '<button role="radio" aria-checked="' + this.hasAttribute("checked") + '"><slot></slot></button>'); }
});
customElements.define("x-tab-group", class extends HTMLElement {
  connectedCallback() { shadow(this, '<div role="tablist"><slot name="nav"></slot></div><slot></slot>'); }
});
customElements.define("x-tab", class extends HTMLElement {
  connectedCallback() { this.setAttribute("role", "tab"); shadow(this, '<div tabindex="0"><slot></slot></div>'); }
});
customElements.define("x-tab-panel", class extends HTMLElement {
  connectedCallback() { this.setAttribute("role", "tabpanel"); shadow(this, "<slot></slot>"); }
});
customElements.define("x-tall", class extends HTMLElement {
  static formAssociated = true;
  constructor() { super(); this.internals = this.attachInternals(); }
  connectedCallback() {
    shadow(this, '<input inputmode="decimal">').querySelector("input")
      .addEventListener("input", (event) => this.internals.setFormValue(event.target.value));
  }
  get value() { return new FormData(this.closest("form")).get(this.getAttribute("name")) ?? ""; }
});
</script>`;

const withComponents = (body: string) => telemarkPage(`${COMPONENTS}${body}`);

/** Four `x-input`s, each marked with its field, or `x:` and the field when they must stay empty. */
const boxes = (empty: boolean, suffix = "") =>
  (
    [
      ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
      ["PHV voksne, DPS", "beds.phv_adult_dps"],
      ["PHBU, i alt", "beds.phbu_total"],
      ["TSB, i alt", "beds.tsb_total"],
    ] as const
  )
    .map(([label, id]) => `<x-input label="${label}" data-k="${empty ? "x:" : ""}${id}${suffix}"></x-input>`)
    .join("");

const ALL_FOUR = {
  "beds.phv_adult_hospital": "46",
  "beds.phv_adult_dps": "64",
  "beds.phbu_total": "12",
  "beds.tsb_total": "20,5",
};

describe("a chosen ARIA radio chooses the year, in a shadow root too (G5)", () => {
  const shoelaceGroup = (chosen: number) =>
    `<div role="radiogroup" aria-label="Vis tall for">${[2024, 2025]
      .map((year) => `<x-radio-button${year === chosen ? " checked" : ""}>${year}</x-radio-button>`)
      .join("")}</div>`;
  const ariaGroup = (chosen: number) =>
    `<div role="radiogroup" aria-label="Vis tall for">${[2024, 2025]
      .map((year) => `<div role="radio" tabindex="0" aria-checked="${year === chosen}">${year}</div>`)
      .join("")}</div>`;

  it("«Vis tall for» with the sl-radio-button 2024 chosen (its role=radio in the shadow root): nothing written", async () => {
    const { held } = await fillHtml(
      browser(),
      withComponents(`${shoelaceGroup(2024)}${boxes(true)}`),
      BEDS_FIGURES,
    );
    expectOnly(held, {});
  });

  it("a light-DOM role=radio 2024 with aria-checked=true: nothing written", async () => {
    const { held } = await fillHtml(
      browser(),
      withComponents(`${ariaGroup(2024)}${boxes(true)}`),
      BEDS_FIGURES,
    );
    expectOnly(held, {});
  });

  it("twin: 2025 chosen, in a shadow root or not, the four boxes filled", async () => {
    for (const group of [shoelaceGroup(2025), ariaGroup(2025)]) {
      const { held } = await fillHtml(browser(), withComponents(`${group}${boxes(false)}`), BEDS_FIGURES);
      expectOnly(held, ALL_FOUR);
    }
  });
});

describe("a tab group that opens with its tabs: the tab names its own panel, not the group (G15)", () => {
  const tabGroup = (open: number) =>
    `<x-tab-group>${[2024, 2025]
      .map(
        (year) =>
          `<x-tab slot="nav" id="t${year}" aria-controls="p${year}" aria-selected="${year === open}">${year}</x-tab>`,
      )
      .join("")}${[2024, 2025]
      .map(
        (year) =>
          `<x-tab-panel id="p${year}" aria-labelledby="t${year}" aria-hidden="${year !== open}"${year === open ? " active" : ""}>${boxes(year === 2024, year === 2024 ? "-2024" : "")}</x-tab-panel>`,
      )
      .join("")}</x-tab-group>`;

  it("twin: the 2025 tab open, its panel's four boxes are filled, the 2024 panel's left empty", async () => {
    const { held } = await fillHtml(browser(), withComponents(tabGroup(2025)), BEDS_FIGURES);
    expectOnly(held, ALL_FOUR);
  });

  it("the 2024 tab open: nothing written in either panel", async () => {
    // The 2025 panel is not shown, so its boxes must stay empty too: marked `x:` here.
    const html = withComponents(tabGroup(2024)).replaceAll('data-k="beds.', 'data-k="x:beds.');
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnly(held, {});
  });
});

describe("a form-associated custom element named by <label for> (G17)", () => {
  const tall = (label: string, id: string, mark: string) =>
    `<p><label for="${id}">${label}</label> <x-tall id="${id}" name="${id}" data-k="${mark}"></x-tall></p>`;

  it("the label names the element's shadow input: each figure goes into its own box, the form holds it", async () => {
    const html = withComponents(
      `<form>${tall("PHV voksne, sykehusnivå", "phv-h", "beds.phv_adult_hospital")}${tall("PHV voksne, DPS", "phv-d", "beds.phv_adult_dps")}${tall("TSB, i alt", "tsb", "beds.tsb_total")}${tall("Merknad", "note", "x:note")}</form>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnly(held, {
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.tsb_total": "20,5",
    });
  });

  it("undo finds each box by the name the label gave it and empties it: the form submits nothing again", async () => {
    // Undo names the written control outside the fill's reading pass (undo-fill.ts, fieldNow): named
    // "" there, it was no field of the page, and all three stayed filled ("ville ikke ta tilbake").
    const page = await browser().newPage();
    try {
      await page.setContent(
        withComponents(
          `<form>${tall("PHV voksne, sykehusnivå", "phv-h", "beds.phv_adult_hospital")}${tall("PHV voksne, DPS", "phv-d", "beds.phv_adult_dps")}${tall("TSB, i alt", "tsb", "beds.tsb_total")}</form>`,
        ),
      );
      const result = (await callContent(
        page.mainFrame(),
        "run",
        contentRequest(BEDS_FIGURES, { year: 2025 }),
      )) as FrameResult;
      expect([...result.filled].sort()).toEqual([
        "beds.phv_adult_dps",
        "beds.phv_adult_hospital",
        "beds.tsb_total",
      ]);
      const undo = (await callContent(page.mainFrame(), "undo", { undoId: result.undoId })) as UndoResult;
      expect([...undo.restored].sort()).toEqual([
        "beds.phv_adult_dps",
        "beds.phv_adult_hospital",
        "beds.tsb_total",
      ]);
      expect(undo.failed).toEqual([]);
      expectOnly(await markedValues(page), {});
    } finally {
      await page.close();
    }
  });

  it("twin: the labels swapped, the figures follow the labels", async () => {
    const html = withComponents(
      `<form>${tall("PHV voksne, DPS", "a", "beds.phv_adult_dps")}${tall("PHV voksne, sykehusnivå", "b", "beds.phv_adult_hospital")}</form>`,
    );
    const { held } = await fillHtml(browser(), html, BEDS_FIGURES);
    expectOnly(held, { "beds.phv_adult_hospital": "46", "beds.phv_adult_dps": "64" });
  });
});
