// A box covered by an opaque layer (a wrapper's `::after` drawn over it, as a "locked" or loading
// overlay is) is one nobody can see or click into: hidden, not filled, reported hidden
// (test/e2e/forms/adversary-5/FINDINGS.md, C15; extension/content/control-state.ts isCovered).
// What is not a cover: a label drawn over its box (it hands the box the click), a box below the
// fold, under a sticky header after scrolling, or scrolled away in its scrolling region.
import { describe, expect, it } from "vitest";
import type { FrameResult } from "../../extension/content/content-api";
import { callContent, contentRequest } from "./forms/browser";
import { browserForFile } from "./forms/fill-page";

const browser = browserForFile();

const COVER = `.cover{position:relative}.cover::after{content:"";position:absolute;inset:0;background:#fff}`;

/**
 * Fills "Døgnplasser i alt" (142,5) in a window of 1000 × 600, the page scrolled first so that the
 * box's top is `under` px from the window's top (when given); what the box holds after, its
 * outcome, and how far the page was scrolled before and after.
 */
async function fill(style: string, body: string, under?: number) {
  const page = await browser().newPage({ viewport: { width: 1000, height: 600 } });
  try {
    await page.setContent(`<!doctype html><html lang="nb"><head><meta charset="utf-8">
<title>Døgnplasser 2025 – Sykehuset Telemark HF</title><style>${style}</style></head>
<body><h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>${body}</body></html>`);
    const before = await page.evaluate((top) => {
      const box = document.querySelector("#all");
      if (top !== undefined && box)
        window.scrollTo(0, box.getBoundingClientRect().top + window.scrollY - top);
      return window.scrollY;
    }, under);
    const result = (await callContent(
      page.mainFrame(),
      "run",
      contentRequest({ "beds.all_total": 142.5 }, { year: 2025 }),
    )) as FrameResult;
    const value = await page.evaluate(() => {
      const box =
        document.querySelector("#all") ?? document.querySelector("x-box")?.shadowRoot?.querySelector("input");
      return (box as HTMLInputElement).value;
    });
    const after = await page.evaluate(() => window.scrollY);
    return { value, reason: result.reasons?.["beds.all_total"], before, after };
  } finally {
    await page.close();
  }
}

const BOX = `<label for="all">Døgnplasser i alt</label> <input id="all">`;

describe("a box under an opaque layer is hidden", () => {
  it("a wrapper's ::after over it: not filled, reported hidden (C15)", async () => {
    const { value, reason } = await fill(COVER, `<div class="cover">${BOX}</div>`);
    expect(value).toBe("");
    expect(reason).toBe("hidden");
  });

  it("twin: the same wrapper without the layer fills", async () => {
    const { value } = await fill(COVER.replace("::after", ".none"), `<div class="cover">${BOX}</div>`);
    expect(value).toBe("142,5");
  });

  it("in a shadow root, under a layer of that root: hidden", async () => {
    const { value, reason } = await fill(
      "",
      `<x-box></x-box><script>
        document.querySelector("x-box").attachShadow({ mode: "open" }).innerHTML =
          '<style>${COVER}</style><div class="cover"><label for="all">Døgnplasser i alt</label> <input id="all"></div>';
      </script>`,
    );
    expect(value).toBe("");
    expect(reason).toBe("hidden");
  });
});

describe("what does not cover a box", () => {
  it("its own label drawn over it (a floating label) fills", async () => {
    const { value } = await fill(
      ".field{position:relative} .field label{position:absolute;left:4px;top:2px;width:180px;background:#fff}",
      `<div class="field"><input id="all" style="width:200px;height:30px"><label for="all">Døgnplasser i alt</label></div>`,
    );
    expect(value).toBe("142,5");
  });

  it("a box far below the fold fills (it is not tested where it is not in view)", async () => {
    const { value } = await fill("", `<div style="height:3000px"></div>${BOX}`);
    expect(value).toBe("142,5");
  });

  it("a box scrolled under a sticky header fills, and the page stays where the user scrolled it", async () => {
    const { value, before, after } = await fill(
      "header{position:sticky;top:0;height:120px;background:#036;z-index:1}",
      `<header>Innrapportering</header><div style="height:400px"></div>${BOX}<div style="height:2000px"></div>`,
      // The box's top 50 px from the window's: under the 120 px header.
      50,
    );
    expect(before).toBeGreaterThan(400);
    expect(value).toBe("142,5");
    expect(after).toBe(before);
  });

  it("a box scrolled under a table's frozen first column fills", async () => {
    const { value, reason } = await fill(
      "#wide{width:700px;overflow:auto} th{min-width:250px;position:sticky;left:0;background:#eee} .rest{min-width:800px}",
      `<div id="wide"><table><tr><th>Døgnplasser i alt</th><td><input id="all"></td><td class="rest"></td></tr></table></div>
      <script>
        const wide = document.getElementById("wide");
        const box = document.getElementById("all");
        // The box's left edge 20 px right of the frozen column's: under it.
        wide.scrollLeft += box.getBoundingClientRect().left - wide.getBoundingClientRect().left - 20;
      </script>`,
    );
    expect([value, reason]).toEqual(["142,5", undefined]);
  });

  it("a box scrolled away in its scrolling region fills", async () => {
    const { value } = await fill(
      "#region{height:300px;overflow:auto} #region p{height:200px;margin:0}",
      `<div id="region"><p>Innledning</p><p>Mer</p>${BOX}<p>Slutt</p></div><p>Bunntekst</p>`,
    );
    expect(value).toBe("142,5");
  });
});

// Round 6's tester found more boxes no one sees that were written (FINDINGS.md D11, D24).
describe("boxes no one can see, hidden in ways round 6 found", () => {
  it("under `filter: opacity(0)`, on the box or a wrapper: hidden (D11)", async () => {
    for (const filter of ["opacity(0)", "opacity(5%)", "blur(1px) opacity(0.02)"]) {
      const { value, reason } = await fill(`.f{filter:${filter}}`, `<div class="f">${BOX}</div>`);
      expect([filter, value, reason]).toEqual([filter, "", "hidden"]);
    }
  });

  it("twin: a filter that leaves it seen (`opacity(0.8)`, `grayscale(1)`) fills", async () => {
    for (const filter of ["opacity(0.8)", "grayscale(1)"]) {
      const { value } = await fill(`.f{filter:${filter}}`, `<div class="f">${BOX}</div>`);
      expect([filter, value]).toEqual([filter, "142,5"]);
    }
  });

  it("a 2 × 2 px box: hidden (D24)", async () => {
    const { value, reason } = await fill("#all{width:2px;height:2px;padding:0;border:0}", BOX);
    expect([value, reason]).toEqual(["", "hidden"]);
  });

  it("twin: a small but visible box (3 em wide, 12 px high) fills", async () => {
    const { value } = await fill("#all{width:3em;height:12px;padding:0}", BOX);
    expect(value).toBe("142,5");
  });

  it("a box whose text is drawn transparent, with no border or background: hidden (D24)", async () => {
    const { value, reason } = await fill(
      "#all,label{border:0;background:transparent;color:transparent;outline:none}",
      BOX,
    );
    expect([value, reason]).toEqual(["", "hidden"]);
  });

  it("twin: a borderless box on a transparent background with visible text fills", async () => {
    const { value } = await fill("#all{border:0;background:transparent;color:#222}", BOX);
    expect(value).toBe("142,5");
  });

  it("a box covered all over by its own label's opaque ::after: hidden (D24)", async () => {
    const { value, reason } = await fill(
      ".lc{position:relative;display:inline-block}.lc::after{content:'';position:absolute;top:0;bottom:0;right:0;width:14em;background:#fff}",
      `<label class="lc">Døgnplasser i alt <input id="all" style="width:10em"></label>`,
    );
    expect([value, reason]).toEqual(["", "hidden"]);
  });

  it("twin: the same label whose ::after covers only its text fills", async () => {
    const { value } = await fill(
      ".lc{position:relative;display:inline-block}.lc::after{content:'';position:absolute;top:0;bottom:0;left:0;width:2em;background:#fff}",
      `<label class="lc">Døgnplasser i alt <input id="all" style="width:10em"></label>`,
    );
    expect(value).toBe("142,5");
  });
});
