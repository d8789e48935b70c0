// SharePoint lays its pages out in a scrolling region (#s4-workspace: overflow auto, the window's
// height minus the ribbon; body and html do not scroll). A box below that region's fold is one a
// user scrolls to, not a hidden one (test/e2e/forms/adversary-3/FINDINGS.md, A13); a box that no
// scrolling brings into view stays hidden: the steps of a wizard slid out of an overflow-hidden
// viewport (g07), or a box in a scrolling region too small to show it.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const BEDS = {
  "beds.phv_adult_hospital": 46,
  "beds.phv_adult_dps": 64,
  "beds.phbu_total": 12,
  "beds.tsb_total": 20.5,
  "beds.all_total": 142.5,
};

function formHtml(form: string): string {
  const html = readFileSync(resolve(import.meta.dirname, "forms/adversary-3", `${form}.html`), "utf8");
  return html.replace(/<script src="\/state\.js"[^>]*><\/script>/, "");
}

/** Fills by labels in a window of 1000 × 600; answers what every `data-k` control holds, and the outcomes. */
async function fill(html: string) {
  const { result, held } = await fillHtml(browser(), html, BEDS, {}, { width: 1000, height: 600 });
  const outcomes = Object.fromEntries((result.figures ?? []).map((figure) => [figure.id, figure.outcome]));
  return { held, outcomes };
}

describe("a box below the fold of a scrolling region", () => {
  it("is filled: SharePoint's #s4-workspace holds the form, body does not scroll (g25)", async () => {
    const { held } = await fill(formHtml("g25-scroll-container"));
    expect(held).toEqual({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "64",
      "beds.phbu_total": "12",
      "beds.tsb_total": "20,5",
      "beds.all_total": "142,5",
    });
  });

  it("stays hidden where no scrolling shows it: a wizard's other steps behind overflow hidden (g07)", async () => {
    const { held } = await fill(formHtml("g07-wizard-steps"));
    expect(held).toMatchObject({
      "beds.phv_adult_hospital": "46",
      "beds.phv_adult_dps": "",
      "beds.phbu_total": "",
    });
    for (const [key, value] of Object.entries(held))
      if (key.startsWith("x:")) expect([key, value]).toEqual([key, ""]);
  });

  it("stays hidden in a scrolling region of one pixel", async () => {
    const html = `<!doctype html><html lang="nb"><body><label for="h">PHV voksne, sykehusnivå</label><input id="h" data-k="beds.phv_adult_hospital">
<div style="height:1px;overflow:auto"><div style="height:900px"></div><label for="t">TSB, i alt</label><input id="t" data-k="beds.tsb_total"></div></body></html>`;
    const { held, outcomes } = await fill(html);
    expect(held).toEqual({ "beds.phv_adult_hospital": "46", "beds.tsb_total": "" });
    expect(outcomes["beds.tsb_total"]).toBe("hidden");
  });
});
