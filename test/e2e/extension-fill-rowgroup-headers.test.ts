// A table's row group headed by a `scope=rowgroup` cell in a row of its own ("Gjeldende plan (fra
// forrige runde)" over the old plan's rows, then "Revidert plan") heads every row of its group
// below it, as the HTML table model assigns it: the old plan's boxes are last round's and take no
// figure (test/e2e/forms/adversary-6/FINDINGS.md, D14: 14 plan figures went into the old plan).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { browserForFile, fillHtml } from "./forms/fill-page";

const browser = browserForFile();

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032];
const PLAN: Record<string, number> = Object.fromEntries(
  YEARS.flatMap((year, index) => [
    [`capacity_plan.phv_adult_${year}`, 110 + index],
    [`capacity_plan.phbu_${year}`, 14 + index],
    [`capacity_plan.tsb_${year}`, 26 + index],
  ]),
);
const C01 = readFileSync(
  resolve(import.meta.dirname, "forms/adversary-6/c01-gjeldende-revidert.html"),
  "utf8",
).replace(/<script src="state\.js"[^>]*><\/script>/, "");

const held = async (html: string) => (await fillHtml(browser(), html, PLAN)).held;
const of = (values: Record<string, string>, prefix: string) =>
  Object.entries(values).filter(([key]) => key.startsWith(prefix));

describe("a row group header in a row of its own heads its group's rows (D14)", () => {
  it("the old plan's rows take nothing; the revised plan's PHV voksne gets its seven figures", async () => {
    const values = await held(C01);
    expect(of(values, "x:old-").filter(([, value]) => value !== "")).toEqual([]);
    expect(YEARS.map((year) => values[`capacity_plan.phv_adult_${year}`])).toEqual(
      YEARS.map((_, index) => String(110 + index)),
    );
  });

  it("twin: the same group headed with this round's words is filled", async () => {
    // The header's own text, not the page's comment that names it first.
    const values = await held(C01.replace(">Gjeldende plan (fra forrige runde)<", ">Kapasitetsplan<"));
    expect(values["x:old-phbu-2026"]).toBe("14");
    expect(values["x:old-tsb-2032"]).toBe("32");
  });
});
