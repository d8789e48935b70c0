// A profile's field found by id or CSS in a place for another year or another unit is not filled:
// unclear, with the reason, as matching by labels keeps such boxes out. A profile may point into a
// year its own locator states; never into another unit's section
// (test/e2e/forms/adversary-4/FINDINGS.md, B20; profiles/p07-last-year-by-id.json).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { requestUnit } from "../../extension/background/request-unit";
import type { FrameResult } from "../../extension/content/content-api";
import type { FormProfile, Locator } from "../../extension/profile/form-profile";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

const BEDS = { "beds.phv_adult_hospital": 46, "beds.phbu_total": 12, "beds.tsb_total": 20.5 };

function formHtml(form: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-4", `${form}.html`), "utf8");
  return html.replace(/<script src="state\.js"[^>]*><\/script>/, "");
}

function profile(fields: Record<string, Locator[]>): FormProfile {
  const entries = Object.entries(fields).map(([id, locators]) => [id, { locators }]);
  return {
    name: "Døgnplasser",
    urlPattern: "http://127.0.0.1/*",
    decimal: "comma",
    fields: Object.fromEntries(entries),
  };
}

/** Fills Telemark's 2025 figures through the profile; answers the boxes and each figure's outcome and reason. */
async function fill(html: string, fields: Record<string, Locator[]>) {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const unit = requestUnit("983975267");
    const request = contentRequest(BEDS, { year: 2025, profile: profile(fields), ...(unit ? { unit } : {}) });
    const result = (await callContent(page.mainFrame(), "run", request)) as FrameResult;
    const boxes = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((box) => [box.dataset.k, box.value]),
      ),
    );
    const outcomes = Object.fromEntries(
      (result.figures ?? []).map((report) => [report.id, [report.outcome, report.locatorProblem]]),
    );
    return { boxes, outcomes };
  } finally {
    await page.close();
  }
}

describe("a profile's field in another year's section", () => {
  it("B20: an id and a CSS path into 'Til sammenligning: 2024' are unclear, named so, and nothing is written", async () => {
    const { boxes, outcomes } = await fill(formHtml("h30-heading-year-only"), {
      "beds.phv_adult_hospital": [{ kind: "id", id: "c" }],
      "beds.tsb_total": [
        { kind: "name", name: "nothing-here" },
        { kind: "css", path: "#d" },
      ],
    });
    expect(boxes).toMatchObject({ "x:cmp-hosp": "", "x:cmp-tsb": "" });
    expect(outcomes).toMatchObject({
      "beds.phv_adult_hospital": ["ambiguous", "section_other_year"],
      "beds.tsb_total": ["ambiguous", "section_other_year"],
    });
  });

  it("B20 twin: the same profile's id in 2025's section is filled", async () => {
    const { boxes, outcomes } = await fill(formHtml("h30-heading-year-only"), {
      "beds.phv_adult_hospital": [{ kind: "id", id: "a" }],
    });
    expect(boxes["beds.phv_adult_hospital"]).toBe("46");
    expect(outcomes["beds.phv_adult_hospital"]).toEqual(["filled", undefined]);
  });

  it("B20 twin: a locator that states the year (its section '… 2024') may point there", async () => {
    const { boxes } = await fill(formHtml("h30-heading-year-only"), {
      "beds.tsb_total": [
        { kind: "css", path: "#d", label: "TSB, i alt", section: "Til sammenligning: 2024" },
      ],
      "beds.phv_adult_hospital": [
        { kind: "label", label: "PHV voksne, sykehusnivå", section: "Til sammenligning: 2024" },
      ],
    });
    expect(boxes).toMatchObject({ "x:cmp-tsb": "20,5", "x:cmp-hosp": "46" });
  });
});

describe("a profile's field in another unit's section", () => {
  it("an id into Vestfold's section is unclear for Telemark's package; one into Telemark's is filled", async () => {
    const { boxes, outcomes } = await fill(formHtml("h27b-two-units-cards"), {
      "beds.phbu_total": [{ kind: "id", id: "a3" }],
      "beds.tsb_total": [{ kind: "id", id: "b2" }],
    });
    expect(boxes).toMatchObject({ "x:vf-phbu": "", "beds.tsb_total": "20,5" });
    expect(outcomes["beds.phbu_total"]).toEqual(["ambiguous", "section_other_unit"]);
  });
});
