import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parsePackage } from "../../../shared/package/parse-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { bundlePage } from "./build-bundle";
import type { TestForm } from "./structured-forms";

/** A capacity plan of examples/board/capacity-plan ("innlandet-2025", "telemark-2025", "vestfold-2025"). */
export function capacityPlan(name: string): SubmissionPackage {
  const file = resolve(import.meta.dirname, `../../../examples/board/capacity-plan/${name}.hso.json`);
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`example package: ${parsed.error.code}`);
  return parsed.package;
}

/** The service areas down a plan's table: slug, the row's words, the catalogue's name. */
export const PLAN_AREAS: ReadonlyArray<[string, string, string]> = [
  ["phv", "PHV voksne", "phv_adult"],
  ["phbu", "PHBU", "phbu"],
  ["tsb", "TSB", "tsb"],
];
export const PLAN_YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032] as const;

/**
 * Where each of a plan's figures belongs: `#<slug>-<year>` (or what `where` makes of it) when the
 * form has that year's column, else nowhere; each reason into its area's "Begrunnelse" box. The
 * unit and the plan's own year have no field on these forms.
 */
function placements(
  pkg: SubmissionPackage,
  years: readonly number[],
  where: (slug: string, year: number) => string,
  reason: (slug: string) => string,
): Pick<TestForm, "values" | "expected"> {
  const values: TestForm["values"] = {};
  const expected: TestForm["expected"] = {};
  for (const [id, value] of Object.entries(pkg.values)) {
    values[id] = value as number | string;
    const match = /^capacity_plan\.(\w+)_(\d{4})$/.exec(id);
    const area = PLAN_AREAS.find(([, , name]) => name === match?.[1]);
    const year = Number(match?.[2]);
    expected[id] = area && years.includes(year) ? where(area[0], year) : null;
  }
  for (const [id, text] of Object.entries(pkg.notes)) {
    const area = PLAN_AREAS.find(([, , name]) => id.startsWith(`capacity_plan.${name}_`));
    values[`note.${id}`] = text;
    expected[`note.${id}`] = area ? reason(area[0]) : null;
  }
  return { values, expected };
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title}</title></head><body>
${body}</body></html>`;

/**
 * A capacity plan as a portal builds it: one table, the service areas down and the years across,
 * "Rapportert 2025" (the beds last reported, a box the RHF fills from the bed return) before the
 * plan's "Planlagt 2026" … "Planlagt 2032", a "Begrunnelse for endring" box at the end of each row.
 * The inputs have no labels of their own: their row and column headers name them. `years` leaves
 * columns out (a form that asks fewer years: those figures go nowhere).
 */
export function capacityPlanTableForm(
  pkg: SubmissionPackage,
  years: readonly number[] = PLAN_YEARS,
  path = "/capacity-plan",
): TestForm {
  const head = ["Tjenesteområde", "Rapportert 2025", ...years.map((year) => `Planlagt ${year}`)];
  const row = ([slug, words]: readonly [string, string, string]) =>
    `<tr><th scope="row">${words}</th><td><input id="${slug}-reported" inputmode="decimal"></td>${years
      .map((year) => `<td><input id="${slug}-${year}" inputmode="decimal"></td>`)
      .join("")}<td><textarea id="${slug}-reason" rows="2"></textarea></td></tr>`;
  return {
    path,
    year: pkg.year,
    html: page(
      `Kapasitetsplan ${pkg.year}`,
      `<h1>Kapasitetsplan for døgnplasser</h1><form onsubmit="return false">
<table><caption>Døgnplasser per tjenesteområde</caption>
<thead><tr>${head.map((text) => `<th scope="col">${text}</th>`).join("")}<th scope="col">Begrunnelse for endring</th></tr></thead>
<tbody>${PLAN_AREAS.map(row).join("\n")}</tbody></table>
<div class="row"><label for="remark">Andre merknader til skjemaet</label><textarea id="remark"></textarea></div>
</form>`,
    ),
    ...placements(
      pkg,
      years,
      (slug, year) => `#${slug}-${year}`,
      (slug) => `#${slug}-reason`,
    ),
  };
}

/**
 * The same plan as labelled fields: under the heading "Planlagte døgnplasser 2026–2032" one
 * fieldset per area (its legend the area), "I dag" (today's beds) and one box per year labelled
 * "Planlagt 2026" …, and the area's "Begrunnelse for endring".
 */
export function capacityPlanLabelledForm(pkg: SubmissionPackage): TestForm {
  const fieldset = ([slug, words]: readonly [string, string, string]) => `<fieldset><legend>${words}</legend>
  <div class="row"><label for="${slug}-today">I dag</label><input id="${slug}-today"></div>
${PLAN_YEARS.map(
  (year) =>
    `  <div class="row"><label for="${slug}-${year}">Planlagt ${year}</label><input id="${slug}-${year}" name="${slug}_${year}"></div>`,
).join("\n")}
  <div class="row"><label for="${slug}-reason">Begrunnelse for endring</label><textarea id="${slug}-reason"></textarea></div>
</fieldset>`;
  return {
    path: "/capacity-plan-labelled",
    year: pkg.year,
    html: page(
      "Kapasitetsplan",
      `<h1>Kapasitetsplan</h1><form onsubmit="return false">
<h2>Planlagte døgnplasser 2026–2032</h2>
${PLAN_AREAS.map(fieldset).join("\n")}
<div class="row"><label for="contact">Kontaktperson</label><input id="contact"></div>
</form>`,
    ),
    ...placements(
      pkg,
      PLAN_YEARS,
      (slug, year) => `#${slug}-${year}`,
      (slug) => `#${slug}-reason`,
    ),
  };
}

/** Fluent UI React v8 (SharePoint Framework): per area a heading, SpinButtons per year, a reason TextField. */
export function capacityPlanFluentReactForm(pkg: SubmissionPackage): TestForm {
  return {
    path: "/capacity-plan-fluent-react",
    year: pkg.year,
    html: bundlePage("Kapasitetsplan (Fluent UI React)", "/capacity-plan-fluent-react.js"),
    bundles: { "/capacity-plan-fluent-react.js": "capacity-plan-fluent-react.js" },
    ...placements(
      pkg,
      PLAN_YEARS,
      (slug, year) => `[data-key="${slug}-${year}"]`,
      (slug) => `#${slug}-reason`,
    ),
  };
}
