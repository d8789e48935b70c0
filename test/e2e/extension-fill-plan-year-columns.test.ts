// A capacity plan's table whose columns are the bare plan years ("TSB | 2026 | 2027 | 2028") holds
// the plan's figures where the page or the section names the plan ("Kapasitetsplan", "Planlagte
// døgnplasser"): a year after the plan's own is a plan's year (extension/background/plan-year-names.ts;
// test/e2e/forms/adversary-5/FINDINGS.md, C18, C26). An earlier plan's table ("Forrige plan", a plan
// "laget 2024"), a later year's column on a page that names no plan, and a year not after the
// plan's own get nothing. Every decoy (`x:`) must stay as it was; the page is read back after.
import { describe, expect, it } from "vitest";
import { packageFigures } from "../../extension/background/package-figures";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import { callContent, contentRequest } from "./forms/browser";
import { capacityPlan } from "./forms/capacity-plan-forms";
import { browserForFile } from "./forms/fill-page";

const TELEMARK: SubmissionPackage = capacityPlan("telemark-2025");

const browser = browserForFile();

/** Fills the package by labels; answers what every `data-k` control holds after. */
async function fill(html: string, pkg: SubmissionPackage = TELEMARK): Promise<Record<string, string>> {
  const page = await browser().newPage();
  try {
    await page.setContent(html);
    const request = { ...contentRequest({}, { year: pkg.year }), figures: packageFigures(pkg) };
    await callContent(page.mainFrame(), "run", request);
    return await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLInputElement>("[data-k]")].map((element) => [
          element.dataset.k as string,
          element.value,
        ]),
      ),
    );
  } finally {
    await page.close();
  }
}

const AREAS: ReadonlyArray<[string, string]> = [
  ["TSB", "tsb"],
  ["PHV voksne", "phv_adult"],
];

/** One table `Fagområde | <years…>`; `own` says whether its boxes are the package's (else decoys). */
function table(heading: string, years: readonly number[], own: boolean, prefix = ""): string {
  const cell = (name: string, year: number) =>
    `<td><input data-k="${own ? `capacity_plan.${name}_${year}` : `x:${prefix}${name}-${year}`}"></td>`;
  const rows = AREAS.map(
    ([label, name]) => `<tr><th>${label}</th>${years.map((year) => cell(name, year)).join("")}</tr>`,
  ).join("\n");
  return `<h2>${heading}</h2>
<table><tr><th>Fagområde</th>${years.map((year) => `<th>${year}</th>`).join("")}</tr>
${rows}</table>`;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${body}</body></html>`;

/** What the package holds for every `capacity_plan.` box of a page, the decoys empty. */
function expected(values: Record<string, string>, pkg: SubmissionPackage = TELEMARK): Record<string, string> {
  return Object.fromEntries(
    Object.keys(values).map((key) => [key, key.startsWith("x:") ? "" : String(pkg.values[key] ?? "")]),
  );
}

const YEARS = [2026, 2027, 2028];

describe("a plan's table with the bare years as columns", () => {
  it("under 'Planlagte døgnplasser (plan laget 2025)': each figure in its year's column (c04)", async () => {
    const values = await fill(
      page(
        "Kapasitetsplan – Sykehuset Telemark HF",
        table("Planlagte døgnplasser (plan laget 2025)", YEARS, true),
      ),
    );
    expect(values).toEqual(expected(values));
    expect(values["capacity_plan.phv_adult_2026"]).toBe("110");
    expect(values["capacity_plan.tsb_2028"]).toBe("27");
  });

  it("the same table for a plan made in 2024 gets nothing", async () => {
    const values = await fill(
      page(
        "Kapasitetsplan – Sykehuset Telemark HF",
        table("Planlagte døgnplasser (plan laget 2024)", YEARS, false),
      ),
    );
    expect(Object.values(values).every((value) => value === "")).toBe(true);
  });

  it("'Forrige plan' first, then 'Ny plan': only the new plan's table is filled (c02)", async () => {
    const values = await fill(
      page(
        "Kapasitetsplan – Sykehuset Telemark HF",
        `${table("Forrige plan", YEARS, false, "fp-")}${table("Ny plan", YEARS, true)}`,
      ),
    );
    expect(values).toEqual(expected(values));
    expect(values["capacity_plan.tsb_2026"]).toBe("26");
  });

  it("'År 1 … År 4' under 'Planperiode 2026–2029', then 2030–2032: only 2030–2032 (c01)", async () => {
    const cells = (name: string) =>
      `<td><input data-k="x:actual-${name}"></td>${[1, 2, 3, 4].map((index) => `<td><input data-k="x:y${index}-${name}"></td>`).join("")}${[2030, 2031, 2032].map((year) => `<td><input data-k="capacity_plan.${name}_${year}"></td>`).join("")}<td><input data-k="x:change-${name}"></td>`;
    const values = await fill(
      page(
        "Kapasitetsplan 2026–2032 – Sykehuset Telemark HF",
        `<table><thead>
<tr><th rowspan="2">Fagområde</th><th rowspan="2">Faktisk 2025</th><th colspan="4" scope="colgroup">Planperiode 2026–2029</th><th rowspan="2">2030</th><th rowspan="2">2031</th><th rowspan="2">2032</th><th rowspan="2">Endring 2025–2032</th></tr>
<tr><th>År 1</th><th>År 2</th><th>År 3</th><th>År 4</th></tr></thead>
<tbody>${AREAS.map(([label, name]) => `<tr><th>${label}</th>${cells(name)}</tr>`).join("\n")}</tbody></table>`,
      ),
    );
    expect(values).toEqual(expected(values));
    expect(values["capacity_plan.phv_adult_2030"]).toBe("116");
  });

  it("later years' columns on a page that names no plan get nothing", async () => {
    const values = await fill(
      page("Døgnplasser – Sykehuset Telemark HF", table("Døgnplasser i drift", YEARS, false)),
    );
    expect(Object.values(values).every((value) => value === "")).toBe(true);
  });

  it("a plan made in 2027: the 2026 column (before the plan) gets nothing, 2028 its figure", async () => {
    const made2027: SubmissionPackage = { ...TELEMARK, year: 2027 };
    const html = page(
      "Kapasitetsplan – Sykehuset Telemark HF",
      `<h2>Planlagte døgnplasser (plan laget 2027)</h2>
<table><tr><th>Fagområde</th><th>2026</th><th>2028</th></tr>
${AREAS.map(([label, name]) => `<tr><th>${label}</th><td><input data-k="x:${name}-2026"></td><td><input data-k="capacity_plan.${name}_2028"></td></tr>`).join("\n")}</table>`,
    );
    const values = await fill(html, made2027);
    expect(values).toEqual(expected(values, made2027));
  });
});
