import { describe, expect, it } from "vitest";
import { buildLocators, cssPath } from "../../../extension/content/build-locators";
import { collectControls } from "../../../extension/content/collect-controls";
import { type ControlFacts, describeControls } from "../../../extension/content/control-facts";
import "../../../extension/content/profile-tools";
import { locateField } from "../../../extension/content/locate-locators";
import { readingPass } from "../../../extension/content/reading-pass";
import { setFormWords } from "../../../extension/content/words";
import { formWords } from "../../../extension/i18n/form-words";
import type { FormProfile, Locator } from "../../../extension/profile/form-profile";
import { page, request, runFrame } from "./figures";

// describeControls reads labels with the words a request sends (runRequest installs them).
setFormWords(formWords());

// A profile field's locators, built when a field is picked and followed when a form is filled
// (content/build-locators.ts, content/locate-locators.ts). The forms have the tester's W0 shape,
// sections whose inputs have neither id, name nor label (happy-dom has no table rows to iterate, so
// the tables of that shape are driven in Chromium: test/e2e/extension-fill-engine-property.test.ts).

const TITLES = ["Voksne – sykehusnivå", "Voksne – DPS", "Barn og unge (PHBU)", "TSB"];

function sections(titles: readonly string[], top = ""): string {
  const section = (title: string) =>
    `<section><h2>${title}</h2><div><input data-k="${title}"></div><p><label>Herav midlertidig stengt <input></label></p></section>`;
  return top + titles.map(section).join("");
}

function controls(): ControlFacts[] {
  return describeControls(document, collectControls(document), 2025);
}

function factsOf(selector: string): ControlFacts {
  const element = document.querySelector(selector);
  const facts = controls().find((candidate) => candidate.control.element === element);
  if (facts === undefined) throw new Error(`no control ${selector}`);
  return facts;
}

/** Where the locators lead now, as the `data-k` of the control (or why none, with the candidates' keys). */
function leadsTo(locators: readonly Locator[]) {
  const found = locateField(document, locators, controls());
  const key = (facts: ControlFacts) => facts.control.element.dataset.k ?? facts.control.element.id;
  if (found.facts !== undefined)
    return { to: key(found.facts), ...(found.unverified ? { unverified: true } : {}) };
  return { problem: found.problem, candidates: (found.candidates ?? []).map(key) };
}

describe("locators recorded by pointing", () => {
  it("give an input with no id, name or label the nearest text around it, and a path that records it", () => {
    page(sections(TITLES));
    const locators = buildLocators(factsOf('[data-k="Voksne – DPS"]'));
    expect(locators).toEqual([
      { kind: "label", label: "Voksne – DPS" },
      {
        kind: "css",
        path: "html > body > section:nth-of-type(2) > div > input",
        label: "Voksne – DPS",
        section: "",
      },
    ]);
    const named = buildLocators(factsOf("section:nth-of-type(2) label input"));
    expect(named[0]).toEqual({ kind: "label", label: "Herav midlertidig stengt", section: "Voksne – DPS" });
  });

  it("after the sections are reordered and a section added on top, still lead to the picked section's field", () => {
    page(sections(TITLES));
    const picked = TITLES.map((title) => buildLocators(factsOf(`[data-k="${title}"]`)));
    page(
      sections([...TITLES].reverse(), "<section><h2>Kontaktperson</h2><label>Navn <input></label></section>"),
    );
    expect(picked.map(leadsTo)).toEqual(TITLES.map((title) => ({ to: title })));
  });

  it("a CSS path alone that now reaches a field reading otherwise is refused, naming the field it reaches", () => {
    page(sections(TITLES));
    const path = buildLocators(factsOf('[data-k="TSB"]')).filter((locator) => locator.kind === "css");
    expect(leadsTo(path)).toEqual({ to: "TSB" });
    page(sections(["TSB", "Voksne – sykehusnivå", "Voksne – DPS", "Barn og unge (PHBU)"]));
    expect(leadsTo(path)).toEqual({ problem: "position_changed", candidates: ["Barn og unge (PHBU)"] });
    // The label is there, the path's place is not: the label's field wins, the path is not asked.
    expect(leadsTo(buildLocators(factsOf('[data-k="TSB"]')))).toEqual({ to: "TSB" });
  });

  it("a CSS path that recorded nothing (a profile made before) is followed only as unverified", () => {
    page(sections(TITLES));
    const path = "html > body > section:nth-of-type(2) > div > input";
    expect(leadsTo([{ kind: "css", path }])).toEqual({ to: "Voksne – DPS", unverified: true });
  });

  it("two locators that find different fields are refused, both named; a label finding several is narrowed by the path", () => {
    page(`<h2>Voksne – DPS</h2><label for="a">Antall døgnplasser</label><input id="a" name="tsb">
      <label for="b">Antall døgnplasser</label><input id="b" name="dps">`);
    const label: Locator = { kind: "label", label: "Antall døgnplasser", section: "Voksne – DPS" };
    expect(leadsTo([label, { kind: "name", name: "tsb" }, { kind: "id", id: "b" }])).toEqual({
      problem: "locators_disagree",
      candidates: ["a", "b"],
    });
    const path = buildLocators(factsOf("#b")).filter((locator) => locator.kind === "css");
    expect(path).toEqual([{ kind: "css", path: "#b", label: "Antall døgnplasser", section: "Voksne – DPS" }]);
    expect(leadsTo([label, ...path])).toEqual({ to: "b" });
  });

  it("an administrator's CSS path that counts no places names the field as an id does; one that counts is only a place", () => {
    page(`<h2>Voksne – DPS</h2><div id="tabell"><label>Antall døgnplasser <input data-felt="dps" id="a"></label>
      <label>Antall døgnplasser <input id="b"></label></div>`);
    const byAttribute: Locator = { kind: "css", path: "#tabell input[data-felt='dps']" };
    expect(leadsTo([byAttribute])).toEqual({ to: "a" });
    expect(leadsTo([byAttribute, { kind: "id", id: "b" }])).toEqual({
      problem: "locators_disagree",
      candidates: ["a", "b"],
    });
    expect(leadsTo([{ kind: "css", path: "#tabell label:nth-of-type(2) > input" }])).toEqual({
      to: "b",
      unverified: true,
    });
  });

  it("record no generated or position-numbered id (TextField29, ASP.NET's ctl00/ff22), a stable one yes", () => {
    page(`<label for="TextField29">TSB, i alt</label><input id="TextField29">
      <label for="ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField">PHBU, i alt</label><input id="ctl00_ctl40_g_7f3a_ff22_ctl00_ctl00_TextField">
      <label for="dps">PHV voksne, DPS</label><input id="dps">`);
    const kinds = (selector: string) => buildLocators(factsOf(selector)).map((locator) => locator.kind);
    expect(kinds("#TextField29")).toEqual(["label", "role", "css"]);
    expect(kinds('[id^="ctl00"]')).toEqual(["label", "role", "css"]);
    expect(buildLocators(factsOf("#dps"))).toContainEqual({ kind: "id", id: "dps" });
    expect(cssPath(document.querySelector("#TextField29") as Element)).toBe(
      "html > body > input:nth-of-type(1)",
    );
  });

  it("a CSS path read in a reading pass (siblings' places read once per parent) is the path read alone", () => {
    const rows = Array.from({ length: 30 }, (_, row) => `<p><span>${row}</span><input><input></p>`);
    page(`<div>${rows.join("<br>")}</div><x-form></x-form>`);
    const root = (document.querySelector("x-form") as Element).attachShadow({ mode: "open" });
    root.innerHTML = "<p><input></p><p><input><input></p>";
    const inputs = [...document.querySelectorAll("input"), ...root.querySelectorAll("input")];
    const alone = inputs.map(cssPath);
    expect(readingPass(() => inputs.map(cssPath))).toEqual(alone);
    expect(alone[3]).toBe("html > body > div > p:nth-of-type(2) > input:nth-of-type(2)");
    expect(alone.at(-1)).toBe("html > body > x-form >>> p:nth-of-type(2) > input:nth-of-type(2)");
    expect(new Set(alone).size).toBe(inputs.length);
  });

  it("record a web component's host, never its shadow's own #control, and find the field through the host", () => {
    page(`<h2>Barn og unge</h2><x-field id="phbu" name="phbu_total"></x-field><h2>TSB</h2><x-field></x-field>
      <x-form></x-form>`);
    const field = (host: Element) => {
      const root = host.attachShadow({ mode: "open" });
      root.innerHTML = `<label for="control">Antall døgnplasser</label><input id="control">`;
      return root.querySelector("input") as HTMLInputElement;
    };
    const [phbu, tsb] = [...document.querySelectorAll("x-field")].map(field);
    const form = (document.querySelector("x-form") as Element).attachShadow({ mode: "open" });
    form.innerHTML = "<h3>Kommentar</h3><div></div><div><x-field></x-field></div>";
    const nested = field(form.querySelector("x-field") as Element);
    const locatorsOf = (element: Element | undefined) =>
      buildLocators(controls().find((facts) => facts.control.element === element) as ControlFacts);
    const first = locatorsOf(phbu);
    expect(first).not.toContainEqual({ kind: "id", id: "control" });
    expect(first).toContainEqual({ kind: "id", id: "phbu" });
    expect(first).toContainEqual({ kind: "name", name: "phbu_total" });
    expect(first.at(-1)).toMatchObject({ kind: "css", path: "#phbu" });
    const second = locatorsOf(tsb);
    expect(second.at(-1)).toMatchObject({ kind: "css", path: "html > body > x-field:nth-of-type(2)" });
    const inner = locatorsOf(nested);
    expect(inner.at(-1)).toMatchObject({
      kind: "css",
      path: "html > body > x-form >>> div:nth-of-type(2) > x-field",
    });
    for (const [locators, element] of [
      [first, phbu],
      [second, tsb],
      [inner, nested],
    ] as const) {
      for (const locator of locators.filter((locator) => ["css", "id", "name"].includes(locator.kind)))
        expect([locator, locateField(document, [locator], controls()).facts?.control.element]).toEqual([
          locator,
          element,
        ]);
    }
  });
});

describe("filling with a profile whose path is all it has", () => {
  const profile = (path: string): FormProfile => ({
    name: "Pekt ut",
    urlPattern: "http://localhost/*",
    decimal: "comma",
    fields: { "beds.tsb_total": { locators: [{ kind: "css", path }] } },
  });
  const TSB_PATH = "html > body > section:nth-of-type(4) > div > input";

  it("refuses a path that now reaches another section's field, names it and writes nothing", async () => {
    page(sections(["TSB", "Voksne – sykehusnivå", "Voksne – DPS", "Barn og unge (PHBU)"]));
    const result = await runFrame(
      document,
      request({ "beds.tsb_total": 20.5, "beds.phbu_total": 12 }, { year: 2025, profile: profile(TSB_PATH) }),
    );
    expect(result.filled).toEqual([]);
    const report = result.figures?.find((figure) => figure.id === "beds.tsb_total");
    expect(report).toMatchObject({ outcome: "ambiguous", locatorProblem: "position_unverified" });
    expect(report?.candidates?.map((candidate) => candidate.section)).toContain("Barn og unge (PHBU)");
    expect([...document.querySelectorAll("input")].every((input) => input.value === "")).toBe(true);
  });
});
