import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parsePackage } from "../../../shared/package/parse-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import type { TestForm } from "./structured-forms";

/** A package of examples/packages ("innlandet-2021", "innlandet-bemanning-2024"). */
export function examplePackage(name: string): SubmissionPackage {
  const file = resolve(import.meta.dirname, `../../../examples/packages/${name}.hso.json`);
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`example package: ${parsed.error.code}`);
  return parsed.package;
}

/** The package's values and each note as `note.<id>`, where `place` says (null: nowhere). */
function placements(
  pkg: SubmissionPackage,
  field: (id: string) => string | null,
  note: (id: string) => string | null,
): Pick<TestForm, "values" | "expected"> {
  const values: TestForm["values"] = {};
  const expected: TestForm["expected"] = {};
  for (const [id, value] of Object.entries(pkg.values)) {
    values[id] = value as number | string;
    expected[id] = field(id);
  }
  for (const [id, text] of Object.entries(pkg.notes)) {
    values[`note.${id}`] = text;
    expected[`note.${id}`] = note(id);
  }
  return { values, expected };
}

const BEDS: ReadonlyArray<[string, string]> = [
  ["phv", "PHV voksne, i alt"],
  ["phbu", "PHBU, i alt"],
  ["tsb", "TSB, i alt"],
];

/**
 * A bed return with an explanation box per total, as the RHF's form asks them: "Forklaring ved
 * endring i PHV voksne, i alt" under its figure; a comment on the whole form at the end, which no
 * figure's explanation takes. `twice` puts PHV voksne's explanation box on the page twice (an
 * old and a new version of the form side by side): then it is unclear which one is meant.
 */
export function bedsExplanationForm(pkg: SubmissionPackage, twice = false): TestForm {
  const box = (slug: string, label: string) =>
    `<div class="row"><label for="why-${slug}">Forklaring ved endring i ${label}</label><textarea id="why-${slug}"></textarea></div>`;
  const rows = BEDS.map(
    ([slug, label]) =>
      `<div class="row"><label for="${slug}">${label}</label><input id="${slug}" inputmode="decimal"></div>\n${box(slug, label)}`,
  );
  const second = twice
    ? `<section><h2>Tilleggsopplysninger</h2>${box("phv-again", "PHV voksne, i alt")}</section>`
    : "";
  return {
    path: twice ? "/explanations-twice" : "/explanations",
    year: pkg.year,
    html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser ${pkg.year}</title></head><body>
<h1>Døgnplasser ${pkg.year}</h1><form onsubmit="return false">
${rows.join("\n")}
${second}
<div class="row"><label for="remark">Kommentar til skjemaet</label><textarea id="remark"></textarea></div>
</form></body></html>`,
    ...placements(
      pkg,
      (id) => (id === "beds.phv_adult_total" ? "#phv" : null),
      (id) => (id === "beds.phv_adult_total" && !twice ? "#why-phv" : null),
    ),
  };
}

/** Staffing groups down the table: slug, row header, the catalogue's name. */
const GROUPS: ReadonlyArray<[string, string, string]> = [
  ["phys", "Leger i alt", "physicians"],
  ["senior", "Overleger, fast ansatt", "senior_consultants"],
  ["lis3bu", "LIS3 barne- og ungdomspsykiatri", "lis3_phbu"],
  ["lis3v", "LIS3 voksenpsykiatri", "lis3_phv_adult"],
  ["psy", "Psykologer i alt", "psychologists"],
  ["psyspec", "Herav psykologspesialister", "psychologist_specialists"],
];

/**
 * A staffing table: the groups down, "Personer" and "Forklaring ved endring (personer)" across, so
 * each row's box is that row's headcount's explanation; a "Kontaktperson" field below.
 */
export function staffingExplanationForm(pkg: SubmissionPackage): TestForm {
  const rows = GROUPS.map(
    ([slug, header]) =>
      `<tr><th scope="row">${header}</th><td><input id="${slug}"></td><td><textarea id="why-${slug}" rows="2"></textarea></td></tr>`,
  );
  const slugOf = (id: string) => GROUPS.find(([, , name]) => id === `staffing.${name}_headcount`)?.[0];
  return {
    path: "/explanations-staffing",
    year: pkg.year,
    html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Bemanning ${pkg.year}</title></head><body>
<h1>Bemanning ${pkg.year}</h1><form onsubmit="return false">
<table><thead><tr><th scope="col">Gruppe</th><th scope="col">Personer</th><th scope="col">Forklaring ved endring (personer)</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
<div class="row"><label for="contact">Kontaktperson</label><input id="contact"></div>
</form></body></html>`,
    ...placements(
      pkg,
      (id) => (slugOf(id) ? `#${slugOf(id)}` : null),
      (id) => (slugOf(id) ? `#why-${slugOf(id)}` : null),
    ),
  };
}
