// A section whose heading, accordion header or labelled dialog names only an earlier year is that
// year's: "Til sammenligning: 2024", "Innrapportering 2024 (kan rettes til 1. mars)", a dialog
// "Fjorårets tall (2024)", a form "Rettelser i fjorårets tall (2024)" the box belongs to by its
// `form` attribute. Its boxes take none of this year's figures, while the same boxes under this
// year's heading are filled (test/e2e/forms/adversary-4/FINDINGS.md, B9, B12, B14, B24).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { BEDS_WITH_TOTALS, browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

function formHtml(form: string, edit: (html: string) => string = (html) => html): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-4", `${form}.html`), "utf8");
  return edit(html.replace(/<script src="state\.js"[^>]*><\/script>/, ""));
}

/** Fills by labels; answers what every `data-k` control holds after. */
async function fill(html: string): Promise<Record<string, string>> {
  return (await fillHtml(browser(), html, BEDS_WITH_TOTALS)).held;
}

describe("a section titled with an earlier year only", () => {
  it("B9: 'Til sammenligning: 2024' keeps its boxes; 2025's section gets its DPS", async () => {
    const held = await fill(formHtml("h30-heading-year-only"));
    expect(held).toMatchObject({ "x:cmp-hosp": "", "x:cmp-tsb": "", "x:cmp-all": "" });
    expect(held["beds.phv_adult_dps"]).toBe("64");
  });

  it("B9 twin: the same section headed 'Tall for 2025' is filled", async () => {
    const held = await fill(
      formHtml("h30-heading-year-only", (html) =>
        html.replace("Til sammenligning: 2024", "Tall for 2025 (forts.)"),
      ),
    );
    expect(held).toMatchObject({ "x:cmp-tsb": "20,5", "x:cmp-all": "142,5" });
  });

  it("B24: an accordion item 'Innrapportering 2024 (kan rettes til 1. mars)' gets nothing", async () => {
    const held = await fill(formHtml("h31-accordion-last-year-open"));
    expect(held).toEqual({
      "x:ty-hosp-hidden": "",
      "x:ty-tsb-hidden": "",
      "x:ly-hosp": "",
      "x:ly-tsb": "",
    });
  });

  it("B24 twin: the open item titled 'Innrapportering 2025' (the hidden one 2023's) is filled", async () => {
    const held = await fill(
      formHtml("h31-accordion-last-year-open", (html) =>
        html
          .replace(">Innrapportering 2025<", ">Innrapportering 2023<")
          .replace(
            "Innrapportering 2024 (kan rettes til 1. mars)",
            "Innrapportering 2025 (kan rettes til 1. mars)",
          ),
      ),
    );
    expect(held).toMatchObject({ "x:ly-hosp": "46", "x:ly-tsb": "20,5" });
  });
});

describe("a labelled dialog", () => {
  it("B12: a dialog 'Fjorårets tall (2024) – kontroller før du sender' gets nothing; the page's boxes are filled", async () => {
    const held = await fill(formHtml("h17-dialog-last-year"));
    expect(held).toMatchObject({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "x:ly-phbu": "",
      "x:ly-tsb": "",
      "x:pop-phv": "",
    });
  });

  it("B12 twin: a dialog 'Tall for 2025 – kontroller før du sender' is filled", async () => {
    const held = await fill(
      formHtml("h17-dialog-last-year", (html) =>
        html.replace(
          "Fjorårets tall (2024) – kontroller før du sender",
          "Tall for 2025 – kontroller før du sender",
        ),
      ),
    );
    expect(held).toMatchObject({ "x:ly-phbu": "12", "x:ly-tsb": "20,5" });
  });
});

describe("a labelled form the box belongs to", () => {
  it("B14: a box given by form=… to 'Rettelser i fjorårets tall (2024)' gets nothing, wherever it stands", async () => {
    const held = await fill(formHtml("h24-form-attribute"));
    expect(held).toEqual({ "beds.phv_adult_hospital": "46", "x:fix-hosp": "", "x:fix-tsb": "" });
  });

  it("B14: so does one given to a form named by another year alone ('Innrapportering 2024')", async () => {
    const held = await fill(
      formHtml("h24-form-attribute", (html) =>
        html.replace("Rettelser i fjorårets tall (2024)", "Innrapportering 2024"),
      ),
    );
    expect(held["x:fix-tsb"]).toBe("");
  });

  it("B14 twin: a box given to a form of this year ('Tillegg 2025') is filled", async () => {
    const held = await fill(
      formHtml("h24-form-attribute", (html) =>
        html.replace("Rettelser i fjorårets tall (2024)", "Tillegg 2025"),
      ),
    );
    expect(held["x:fix-tsb"]).toBe("20,5");
  });

  it("B14: a labelled form around the boxes counts as a region does; this year's form around them is filled", async () => {
    const page = (label: string) => `<!doctype html><html lang="nb"><body>
<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
<form aria-label="Innrapportering 2025"><label>PHV voksne, sykehusnivå <input data-k="beds.phv_adult_hospital"></label></form>
<form aria-label="${label}"><label>TSB, i alt <input data-k="x:tsb"></label></form></body></html>`;
    expect(await fill(page("Fjorårets tall (2024)"))).toEqual({
      "beds.phv_adult_hospital": "46",
      "x:tsb": "",
    });
    expect(await fill(page("Tillegg 2025"))).toEqual({ "beds.phv_adult_hospital": "46", "x:tsb": "20,5" });
  });
});
