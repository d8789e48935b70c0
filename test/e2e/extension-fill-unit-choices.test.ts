// The reporting unit chosen in a list: a <select>, native radios, Fluent UI React's Dropdown (an
// ARIA combobox whose options exist only while open) and its ChoiceGroup. An option is chosen only
// when it alone stands for the package's unit, by any reading (its value, its text, the org. no.
// in it, a name the units list declares); two such options are ambiguous (both named, nothing
// chosen), and an option whose only claim is a name two units declare chooses nothing and says so
// (explainSharedUnitName, as the worker reads the engine's answer). The preview (mode "plan")
// foresees a list's refusal with the fill's own decision. Each case reads the page's own state.

import fc from "fast-check";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import { explainSharedUnitName } from "../../extension/background/shared-unit-names";
import type { ContentRequest, FigureReport } from "../../extension/content/content-api";
import { REPORTING_UNITS } from "../../shared/units/reporting-units";
import { contentRequest } from "./forms/browser";
import { bundlePage } from "./forms/build-bundle";
import { type FormSession, openFormSession, reportOf, runOnPage } from "./forms/form-session";

const TELEMARK = "983975267";
const INNLANDET = "983971709";
const VESTFOLD = "983975259";
/** A units list in which Vestfold is also called "Telemark": the name stands for two units. */
const TWO_TELEMARKS = REPORTING_UNITS.map((unit) =>
  unit.org === VESTFOLD ? { ...unit, aliases: [...unit.aliases, "Telemark"] } : unit,
);

type Kind = "select" | "radio" | "dropdown" | "choicegroup";
const KINDS: readonly Kind[] = ["select", "radio", "dropdown", "choicegroup"];
/** An option as the form offers it: what it shows and (a <select>'s or radio's) what it submits. */
interface Offered {
  text: string;
  value?: string;
}

const REACT_FORM = {
  path: "/unit-react",
  html: bundlePage("Døgnplasser (Fluent UI React)", "/unit-react.js"),
  bundles: { "/unit-react.js": "unit-choice-fluent-react.js" },
  values: {},
  expected: {},
  year: 2025,
};

let session: FormSession;
let page: Page;

beforeAll(async () => {
  session = await openFormSession([REACT_FORM]);
  ({ page } = session);
}, 180_000);
afterAll(() => session?.close());

const attr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function plainHtml(kind: "select" | "radio", options: readonly Offered[]): string {
  const value = (option: Offered, index: number) => attr(option.value ?? `o${index}`);
  const unit =
    kind === "select"
      ? `<p><label for="u">Rapporterende enhet</label> <select id="u"><option value="">– velg –</option>${options
          .map((option, index) => `<option value="${value(option, index)}">${attr(option.text)}</option>`)
          .join("")}</select></p>`
      : `<fieldset><legend>Rapporterende enhet</legend>${options
          .map(
            (option, index) =>
              `<label><input type="radio" name="unit" value="${value(option, index)}"> ${attr(option.text)}</label>`,
          )
          .join(" ")}</fieldset>`;
  return `<!doctype html><html lang="nb"><title>Døgnplasser 2025</title><body><form><h1>Døgnplasser 2025</h1>
    ${unit}<p><label for="tsb">TSB, i alt</label> <input id="tsb"></p></form></body></html>`;
}

/** Opens the form with this unit control and these options. */
async function openUnitForm(kind: Kind, options: readonly Offered[]): Promise<void> {
  if (kind === "select" || kind === "radio") {
    await page.setContent(plainHtml(kind, options));
    return;
  }
  const query = new URLSearchParams({
    control: kind,
    options: options.map((option) => option.text).join("|"),
  });
  await page.goto(`${session.server.origin}${REACT_FORM.path}?${query}`);
  await page.waitForSelector("input");
}

/** The text of the option the page holds as chosen (its own state for React), or "". */
function chosenText(kind: Kind, options: readonly Offered[]): Promise<string> {
  if (kind === "dropdown" || kind === "choicegroup")
    return page
      .evaluate(() => (window as unknown as { __unitState: { unit: string } }).__unitState.unit)
      .then((key) => (key === "" ? "" : (options[Number(key.slice(1))]?.text ?? `?${key}`)));
  return page.evaluate(() => {
    const select = document.querySelector("select");
    if (select) return select.value === "" ? "" : (select.selectedOptions[0]?.text ?? "");
    const radio = document.querySelector<HTMLInputElement>("input[type=radio]:checked");
    return radio?.parentElement?.textContent?.trim() ?? "";
  });
}

/** Fills (or plans) Telemark's unit and TSB figure; answers the unit's report and the page's choice. */
async function run(
  kind: Kind,
  options: readonly Offered[],
  extra: { mode?: ContentRequest["mode"]; units?: typeof REPORTING_UNITS } = {},
): Promise<{ unit: FigureReport | undefined; chosen: string; tsb: FigureReport | undefined }> {
  await openUnitForm(kind, options);
  const unit = requestUnit(TELEMARK, extra.units);
  const request = contentRequest(
    { "beds.unit_org": TELEMARK, "beds.tsb_total": 20.5 },
    { year: 2025, mode: extra.mode ?? "fill", ...(unit ? { unit } : {}) },
  );
  const result = await runOnPage(page, request);
  return {
    unit: reportOf(result, "beds.unit_org"),
    chosen: await chosenText(kind, options),
    tsb: reportOf(result, "beds.tsb_total"),
  };
}

const texts = (...names: string[]): Offered[] => names.map((text) => ({ text }));

describe.each(KINDS)("a unit chosen in a %s", (kind) => {
  it("two options that both name the unit: neither chosen, both named; the rest of the form filled", async () => {
    const { unit, chosen, tsb } = await run(
      kind,
      texts("Sykehuset Innlandet HF", "Telemark", "Sykehuset Telemark HF"),
    );
    expect(chosen).toBe("");
    expect(unit).toMatchObject({ outcome: "ambiguous", options: ["Telemark", "Sykehuset Telemark HF"] });
    expect(tsb?.outcome).toBe("filled");
  });

  it("one option naming the unit, another showing its org. no.: two, neither chosen (no reading outranks another)", async () => {
    const options = texts(
      "Telemark",
      "Sykehuset Telemark HF (983 975 267)",
      "Sykehuset Innlandet HF (983 971 709)",
    );
    const { unit, chosen } = await run(kind, options);
    expect(chosen).toBe("");
    expect(unit).toMatchObject({
      outcome: "ambiguous",
      options: ["Telemark", "Sykehuset Telemark HF (983 975 267)"],
    });
  });

  it("twin: the one option showing the unit's org. no. is chosen", async () => {
    const options = texts("Sykehuset Innlandet HF (983 971 709)", "Sykehuset Telemark HF (983 975 267)");
    const { unit, chosen } = await run(kind, options);
    expect([unit?.outcome, chosen]).toEqual(["filled", "Sykehuset Telemark HF (983 975 267)"]);
  });

  it("twin: the one option with the unit's full name is chosen, not a longer name that holds it", async () => {
    const options = texts(
      "Sykehuset Innlandet HF",
      "Sykehuset Telemark HF, Kragerø",
      "Sykehuset Telemark HF",
    );
    const { unit, chosen } = await run(kind, options);
    expect([unit?.outcome, chosen]).toEqual(["filled", "Sykehuset Telemark HF"]);
  });

  it("a name two units declare beside the unit's own name: the option only the unit fits is chosen", async () => {
    const options = texts("Telemark", "Sykehuset Telemark HF", "Vestfold");
    const { unit, chosen } = await run(kind, options, { units: TWO_TELEMARKS });
    expect([unit?.outcome, chosen]).toEqual(["filled", "Sykehuset Telemark HF"]);
  });

  it("only a name two units declare fits: nothing chosen; the worker says it is unclear and names the other unit", async () => {
    const { unit, chosen } = await run(kind, texts("Telemark", "Vestfold"), { units: TWO_TELEMARKS });
    expect(chosen).toBe("");
    expect(unit?.outcome).toBe("no_option");
    expect(unit && explainSharedUnitName(unit, TELEMARK, TWO_TELEMARKS)).toMatchObject({
      outcome: "ambiguous",
      options: ["Telemark"],
      sharedWith: ["Sykehuset i Vestfold HF"],
    });
  });
});

describe("a <select> valued by org. no.", () => {
  const byOrg = [
    { value: INNLANDET, text: "Sykehuset Innlandet HF" },
    { value: TELEMARK, text: "Sykehuset Telemark HF" },
    { value: VESTFOLD, text: "Sykehuset i Vestfold HF" },
  ];

  it("chooses the option whose value is the unit's org. no.", async () => {
    const { unit, chosen } = await run("select", byOrg);
    expect([unit?.outcome, chosen]).toEqual(["filled", "Sykehuset Telemark HF"]);
  });

  it("an option valued by the org. no. beside another showing 'Telemark': two, neither chosen", async () => {
    const { unit, chosen } = await run("select", [...byOrg, { value: "tm", text: "Telemark" }]);
    expect(chosen).toBe("");
    expect(unit).toMatchObject({ outcome: "ambiguous", options: ["Sykehuset Telemark HF", "Telemark"] });
  });
});

describe.each(["select", "radio", "choicegroup"] as const)("the preview of a unit in a %s", (kind) => {
  it("foresees two options that both stand for the unit: unclear, both named, nothing chosen", async () => {
    const options = texts("Telemark", "Sykehuset Telemark HF (983 975 267)", "Sykehuset Innlandet HF");
    const { unit, chosen, tsb } = await run(kind, options, { mode: "plan" });
    expect(chosen).toBe("");
    expect(unit).toMatchObject({
      outcome: "ambiguous",
      options: ["Telemark", "Sykehuset Telemark HF (983 975 267)"],
      field: { label: "Rapporterende enhet" },
    });
    expect(unit?.field?.locators).toBeDefined();
    expect(tsb?.outcome).toBe("planned");
  });

  it("foresees a list without the unit: no option, the options named", async () => {
    const { unit } = await run(kind, texts("Sykehuset Innlandet HF", "Sykehuset i Vestfold HF"), {
      mode: "plan",
    });
    expect(unit).toMatchObject({
      outcome: "no_option",
      options: ["Sykehuset Innlandet HF", "Sykehuset i Vestfold HF"],
    });
  });

  it("twin: one option for the unit is planned, and the fill then chooses it", async () => {
    const options = texts("Sykehuset Innlandet HF", "Sykehuset Telemark HF");
    const planned = await run(kind, options, { mode: "plan" });
    expect([planned.unit?.outcome, planned.chosen]).toEqual(["planned", ""]);
    const filled = await run(kind, options);
    expect([filled.unit?.outcome, filled.chosen]).toEqual(["filled", "Sykehuset Telemark HF"]);
  });
});

describe("a list's decision does not depend on the options' order or on an unrelated option", () => {
  // Each base list with the decision it gets: one option chosen (its text), or unclear ("ambiguous"),
  // or none fitting ("no_option").
  const BASES: ReadonlyArray<[string[], string]> = [
    [["Sykehuset Innlandet HF", "Sykehuset Telemark HF"], "Sykehuset Telemark HF"],
    [
      ["Sykehuset Innlandet HF (983 971 709)", "Sykehuset Telemark HF (983 975 267)"],
      "Sykehuset Telemark HF (983 975 267)",
    ],
    [["Telemark", "Sykehuset Telemark HF (983 975 267)", "Vestfold"], "ambiguous"],
    [["STHF", "Sykehuset Telemark", "Innlandet"], "ambiguous"],
    [["Sykehuset Innlandet HF", "Telemark og Vestfold"], "no_option"],
  ];
  const UNRELATED = [
    "Sykehuset Østfold HF",
    "Vestre Viken",
    "Annet",
    "Ikke relevant",
    "Sørlandet sykehus HF (983 975 240)",
  ];
  const variants = fc
    .record({ base: fc.constantFrom(...BASES), extra: fc.subarray(UNRELATED, { maxLength: 2 }) })
    .chain(({ base, extra }) =>
      fc
        .shuffledSubarray([...base[0], ...extra], { minLength: base[0].length + extra.length })
        .map((options) => ({ options, decision: base[1] })),
    );

  it.each(["select", "radio", "dropdown"] as const)(
    "in a %s",
    async (kind) => {
      await fc.assert(
        fc.asyncProperty(variants, async ({ options, decision }) => {
          const { unit, chosen } = await run(kind, texts(...options));
          const got = unit?.outcome === "filled" ? chosen : (unit?.outcome ?? "none");
          expect([options, got]).toEqual([options, decision]);
          if (unit?.outcome !== "filled") expect(chosen).toBe("");
        }),
        { numRuns: kind === "dropdown" ? 10 : 20, seed: 7 },
      );
    },
    300_000,
  );
});
