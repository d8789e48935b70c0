import { afterEach, describe, expect, it, vi } from "vitest";
import { type ContentRequest, PROFILE_TOOLS_SYMBOL } from "../../../extension/content/content-api";
import { clearHighlights, markOf } from "../../../extension/content/highlight";
import { runRequest } from "../../../extension/content/run-request";
import { input, page, request, runFrame } from "./figures";

afterEach(() => clearHighlights());

describe("runRequest fill", () => {
  it("fills fields found by their Norwegian labels in the comma style, and reads them back", async () => {
    const doc = page(`<form>
      <label for="a">PHV voksne, sykehusnivå *</label><input id="a">
      <label>PHV voksne, DPS: <input id="b"></label>
      <input id="c" aria-label="phv voksne, i alt">
    </form>`);
    const result = await runFrame(
      doc,
      request({
        "beds.phv_adult_hospital": 300.5,
        "beds.phv_adult_dps": 1469,
        "beds.phv_adult_total": 1769.5,
      }),
    );
    expect(result.filled).toEqual(["beds.phv_adult_hospital", "beds.phv_adult_dps", "beds.phv_adult_total"]);
    expect(result.missing).toEqual([]);
    expect(result.reloading).toBeUndefined();
    expect([input("a").value, input("b").value, input("c").value]).toEqual(["300,5", "1469", "1769,5"]);
    expect(markOf(input("a"))).toBe("filled");
    // The page learns nothing from the mark: no attribute and no style on its own element.
    expect(input("a").getAttributeNames()).toEqual(["id"]);
  });

  it("matches English labels and aria-labelledby, writing points on an English page", async () => {
    const doc = page(
      `<span id="l">Adult mental health, total</span><input id="t" aria-labelledby="l">
       <label for="n">TSB, i alt</label><input id="n" type="number" step="0.5">`,
      "en",
    );
    const result = await runFrame(doc, request({ "beds.phv_adult_total": 1769.5, "beds.tsb_total": 12.5 }));
    expect(result.filled).toEqual(["beds.phv_adult_total", "beds.tsb_total"]);
    expect(input("t").value).toBe("1769.5");
    expect(input("n").value).toBe("12.5");
  });

  it("reports fields that are absent, disabled, read-only or hidden as missing with the reason", async () => {
    const doc = page(`
      <label for="a">PHV voksne, DPS</label><input id="a" disabled>
      <label for="b">PHBU, i alt</label><input id="b" readonly value="7">
      <div hidden><label for="c">TSB, i alt</label><input id="c"></div>`);
    const result = await runFrame(
      doc,
      request({ "beds.phv_adult_dps": 1, "beds.phbu_total": 2, "beds.tsb_total": 3, "beds.all_total": 6 }),
    );
    expect(result.filled).toEqual([]);
    expect(result.reasons).toEqual({
      "beds.phv_adult_dps": "disabled",
      "beds.phbu_total": "readonly",
      "beds.tsb_total": "hidden",
      "beds.all_total": "not_found",
    });
    expect([input("a").value, input("b").value, input("c").value]).toEqual(["", "7", ""]);
  });

  it("reports a value the page rejects as mismatched", async () => {
    const doc = page(`<label for="a">PHBU, i alt</label><input id="a">`);
    // A page that clears every value on input (a controlled input whose state refused the text).
    input("a").addEventListener("input", () => {
      queueMicrotask(() => {
        input("a").value = "";
      });
    });
    const result = await runFrame(doc, request({ "beds.phbu_total": 42 }));
    expect(result.filled).toEqual([]);
    expect(result.mismatched).toEqual([{ id: "beds.phbu_total", expected: "42", actual: "" }]);
    expect(markOf(input("a"))).toBe("mismatched");
  });

  it("never submits: no submit event fires while filling", async () => {
    const doc = page(
      `<form id="f"><label for="a">PHBU, i alt</label><input id="a"><button>Send</button></form>`,
    );
    const submitted = vi.fn((event: Event) => event.preventDefault());
    doc.getElementById("f")?.addEventListener("submit", submitted);
    await runFrame(doc, request({ "beds.phbu_total": 42 }));
    expect(submitted).not.toHaveBeenCalled();
  });

  it("fills reload triggers last and leaves further ones pending", async () => {
    const doc = page(`<form id="f">
      <label for="u">Rapporterende enhet (org.nr.)</label>
      <select id="u" onchange="void 0; __doPostBack('u','')">
        <option value="">Velg</option><option value="983975267">Sykehuset Telemark HF</option>
      </select>
      <label for="y">Rapporteringsår</label><select id="y" onchange="this.form.submit()">
        <option>2023</option><option>2024</option></select>
      <label for="a">PHBU, i alt</label><input id="a"></form>`);
    const order: string[] = [];
    for (const id of ["u", "y", "a"]) doc.getElementById(id)?.addEventListener("input", () => order.push(id));
    const result = await runFrame(
      doc,
      request({ "beds.unit_org": "983975267", "beds.year": 2024, "beds.phbu_total": 42 }),
    );
    expect(order).toEqual(["a", "u"]);
    expect(result.filled).toEqual(["beds.phbu_total", "beds.unit_org"]);
    expect(result.pending).toEqual(["beds.year"]);
    expect(result.reloading).toBe(true);
  });
});

describe("runRequest reload triggers", () => {
  it("leaves a reloading list that already holds its figure alone and writes the next one", async () => {
    const doc = page(`<form>
      <label for="u">Rapporterende enhet (org.nr.)</label>
      <select id="u" onchange="__doPostBack('u','')"><option value="">Velg</option>
        <option value="983975267" selected>Sykehuset Telemark HF</option></select>
      <label for="y">Rapporteringsår</label><select id="y" onchange="this.form.submit()">
        <option>2023</option><option>2024</option></select></form>`);
    const changed: string[] = [];
    for (const id of ["u", "y"]) doc.getElementById(id)?.addEventListener("change", () => changed.push(id));
    const result = await runFrame(doc, request({ "beds.unit_org": "983975267", "beds.year": 2024 }));
    expect(changed).toEqual(["y"]);
    expect(result.matched).toEqual(["beds.unit_org"]);
    expect(result.filled).toEqual(["beds.year"]);
    expect(result.pending).toEqual([]);
    expect(result.reloading).toBe(true);
  });

  it("does not announce a reload when every reloading list already holds its figure", async () => {
    const doc = page(`<label for="y">Rapporteringsår</label>
      <select id="y" onchange="this.form.submit()"><option>2023</option><option selected>2024</option></select>`);
    const result = await runFrame(doc, request({ "beds.year": 2024 }));
    expect(result.matched).toEqual(["beds.year"]);
    expect(result.reloading).toBeUndefined();
  });
});

describe("runRequest check", () => {
  it("compares without writing anything", async () => {
    const doc = page(`
      <label for="a">PHV voksne, DPS</label><input id="a" value="1 469">
      <label for="b">PHBU, i alt</label><input id="b" value="40">
      <label for="c">TSB, i alt</label><input id="c">`);
    const written = vi.fn();
    doc.addEventListener("input", written, true);
    const result = await runFrame(
      doc,
      request({ "beds.phv_adult_dps": 1469, "beds.phbu_total": 42, "beds.tsb_total": 3 }, { mode: "check" }),
    );
    expect(result.matched).toEqual(["beds.phv_adult_dps"]);
    expect(result.mismatched).toEqual([
      { id: "beds.phbu_total", expected: "42", actual: "40" },
      { id: "beds.tsb_total", expected: "3", actual: "" },
    ]);
    expect(result.filled).toEqual([]);
    expect(written).not.toHaveBeenCalled();
    expect([input("b").value, input("c").value]).toEqual(["40", ""]);
  });
});

describe("what a request brings with it", () => {
  it("refuses a request without the words forms are read with, and writes nothing", async () => {
    const doc = page(`<label for="a">TSB, i alt</label><input id="a">`);
    const { words: _words, ...without } = request({ "beds.tsb_total": 3 });
    await expect(runRequest(doc, without as never)).rejects.toThrow("form_words_missing");
    expect(input("a").value).toBe("");
  });

  it("refuses words without nb-NO's number symbols, and writes nothing: it could not read the figure back", async () => {
    const doc = page(`<label for="a">TSB, i alt</label><input id="a">`);
    const sent = request({ "beds.tsb_total": 3 });
    const { symbols: _symbols, ...words } = sent.words;
    await expect(runRequest(doc, { ...sent, words: words as never })).rejects.toThrow("form_words_missing");
    expect(input("a").value).toBe("");
  });

  it("types a figure in the decimal style its profile field states, as the worker marks it on the figure", async () => {
    const doc = page(`<label for="a">TSB, i alt</label><input id="a">`);
    const sent = request({ "beds.tsb_total": 20.5 });
    const figures = sent.figures.map((figure) => ({ ...figure, decimal: "point" as const }));
    expect((await runFrame(doc, { ...sent, figures })).filled).toEqual(["beds.tsb_total"]);
    expect(input("a").value).toBe("20.5");
  });

  it("refuses a request without the controls each kind may go into, and writes nothing", async () => {
    const doc = page(`<label for="a">TSB, i alt</label><input id="a">`);
    const { fits: _fits, ...without } = request({ "beds.tsb_total": 3 });
    await expect(runRequest(doc, without)).rejects.toThrow("fields_missing");
    expect(input("a").value).toBe("");
  });

  it("refuses a number figure without the texts the worker writes for it, and writes nothing", async () => {
    const doc = page(`<label for="a">TSB, i alt</label><input id="a">`);
    const sent = request({ "beds.tsb_total": 3 });
    const figures = sent.figures.map(({ texts: _texts, ...figure }) => figure);
    await expect(runRequest(doc, { ...sent, figures })).rejects.toThrow("texts_missing");
    expect(input("a").value).toBe("");
  });

  it("refuses a date figure without the texts the worker writes for it, and writes nothing", async () => {
    const doc = page(`<label for="a">Telledato</label><input id="a" placeholder="dd.mm.åååå">`);
    const sent = request({ "beds.count_date": "2024-11-15" });
    expect(sent.figures[0]?.kind).toBe("date");
    const figures = sent.figures.map(({ texts: _texts, ...figure }) => figure);
    await expect(runRequest(doc, { ...sent, figures })).rejects.toThrow("texts_missing");
    expect(input("a").value).toBe("");
    expect((await runFrame(doc, sent)).filled).toEqual(["beds.count_date"]);
    expect(input("a").value).toBe("15.11.2024");
  });

  it("a plan's rows carry the locators profile-tools.js builds; without it the plan is refused", async () => {
    const doc = page(`<label for="a">TSB, i alt</label><input id="a">`);
    const key = Symbol.for(PROFILE_TOOLS_SYMBOL);
    const scope = globalThis as unknown as Record<symbol, unknown>;
    delete scope[key];
    const plan = request({ "beds.tsb_total": 3 }, { mode: "plan" });
    await expect(runRequest(doc, plan)).rejects.toThrow("profile_tools_missing");
    await import("../../../extension/content/profile-tools");
    const result = await runFrame(doc, plan);
    expect(result.figures?.[0]?.field?.locators).toEqual([
      { kind: "label", label: "TSB, i alt" },
      { kind: "role", role: "textbox", name: "TSB, i alt" },
      { kind: "id", id: "a" },
      { kind: "css", path: "#a", label: "TSB, i alt", section: "" },
    ]);
    // A fill's rows are never found again: no locators, and no need of profile-tools.js.
    delete scope[key];
    const filled = await runFrame(doc, request({ "beds.tsb_total": 3 }));
    expect(filled.figures?.[0]?.field?.locators).toBeUndefined();
    expect(input("a").value).toBe("3");
  });

  it("a profile's fields and a preview's confirmed rows are found by profile-tools.js; without it they are refused and nothing is written", async () => {
    const key = Symbol.for(PROFILE_TOOLS_SYMBOL);
    const scope = globalThis as unknown as Record<symbol, unknown>;
    const locators = [{ kind: "id" as const, id: "a" }];
    const profile = {
      name: "Skjema",
      urlPattern: "http://localhost/*",
      decimal: "comma" as const,
      fields: { "beds.tsb_total": { locators } },
    };
    const confirmed = [{ id: "beds.tsb_total", locators, label: "TSB, i alt", section: "" }];
    const requests: Partial<ContentRequest>[] = [{ profile }, { confirmed }];
    for (const extra of requests) {
      page(`<label for="a">TSB, i alt</label><input id="a">`);
      delete scope[key];
      await expect(runRequest(document, request({ "beds.tsb_total": 3 }, extra))).rejects.toThrow(
        "profile_tools_missing",
      );
      expect(input("a").value).toBe("");
      vi.resetModules();
      await import("../../../extension/content/profile-tools");
      const result = await runFrame(document, request({ "beds.tsb_total": 3 }, extra));
      expect(result.filled).toEqual(["beds.tsb_total"]);
      expect(input("a").value).toBe("3");
    }
  });
});

describe("runRequest waiting", () => {
  it("waits for fields rendered late, within the bound", async () => {
    const doc = page(`<div id="slot"></div>`);
    setTimeout(() => {
      const slot = doc.getElementById("slot");
      if (slot) slot.innerHTML = `<label for="a">PHBU, i alt</label><input id="a">`;
    }, 100);
    const result = await runFrame(doc, request({ "beds.phbu_total": 42 }, { waitMs: 2000 }));
    expect(result.filled).toEqual(["beds.phbu_total"]);
  });

  it("gives up after waitMs and reports the field missing", async () => {
    const doc = page(`<p>Ingen felt</p>`);
    const started = Date.now();
    const result = await runFrame(doc, request({ "beds.phbu_total": 42 }, { waitMs: 150 }));
    expect(result.reasons).toEqual({ "beds.phbu_total": "not_found" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
