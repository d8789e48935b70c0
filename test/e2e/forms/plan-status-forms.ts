import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parsePackage } from "../../../shared/package/parse-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import { STATUS_CHOICES } from "../../../shared/templates/choices";
import { bundlePage } from "./build-bundle";
import { byArea, type FormMeasure, MEASURES } from "./plan-status-measures";
import type { TestForm } from "./structured-forms";

/** A trust's plan-status package as it sent it, from examples/board/plan-status (`telemark-2026`). */
export function planStatusPackage(name: string): SubmissionPackage {
  const file = resolve(import.meta.dirname, `../../../examples/board/plan-status/${name}.hso.json`);
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`example package: ${parsed.error.code}`);
  return parsed.package;
}

/** Innlandet's plan status for 2025 as the trust sent it (examples/board): 19 statuses, 5 comments. */
export function innlandetPlanStatus(): SubmissionPackage {
  return planStatusPackage("innlandet-2025");
}

/** The package's status ids: its values but the unit's organisation number and the year. */
export function planStatusIds(pkg: SubmissionPackage): string[] {
  return Object.keys(pkg.values).filter((id) => !/\.(unit_org|year)$/.test(id));
}

const WORDS = STATUS_CHOICES.map((choice) => choice.words.nb);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the package puts where: each status into its measure's control (`control(name, code)`
 * names it), each comment into its measure's comment box; `shows` what the control then shows.
 */
function placements(
  pkg: SubmissionPackage,
  status: (name: string, code: string) => string | null,
  comment: (name: string) => string | null,
  shows: (code: string) => string,
): Pick<TestForm, "values" | "expected" | "shows"> {
  const values: TestForm["values"] = {};
  const expected: TestForm["expected"] = {};
  const shown: Record<string, string> = {};
  for (const [id, value] of Object.entries(pkg.values)) {
    const name = id.slice("plan_status.".length);
    values[id] = value as string | number;
    const isStatus = typeof value === "string" && STATUS_CHOICES.some((choice) => choice.code === value);
    expected[id] = isStatus ? status(name, value) : null;
    if (isStatus) shown[id] = shows(value);
  }
  for (const [id, text] of Object.entries(pkg.notes)) {
    values[`note.${id}`] = text;
    expected[`note.${id}`] = comment(id.slice("plan_status.".length));
  }
  return { values, expected, shows: shown };
}

const wordOf = (code: string) =>
  capital(STATUS_CHOICES.find((choice) => choice.code === code)?.words.nb ?? "");

function radioRow(measure: FormMeasure, comment: boolean): string {
  const radios = WORDS.map(
    (word, index) =>
      `<td><input type="radio" id="s-${measure.name}-${index + 1}" name="status_${measure.name}" value="${index + 1}" aria-label="${capital(word)}"></td>`,
  ).join("");
  const box = comment
    ? `<td><textarea id="c-${measure.name}" name="comment_${measure.name}" aria-label="Kommentar" rows="2"></textarea></td>`
    : "<td></td>";
  return `<tr><th scope="row">${measure.label}</th>${radios}${box}</tr>`;
}

/**
 * A plan-status form as an intranet page builds it by hand: per focus area a heading and a table,
 * one row per measure, the three statuses as radio columns (values 1–3, named by the column's
 * words) and a comment column. `children_pathways` has no comment box in its row: its comment
 * sits in a row of its own below, labelled only "Kommentar", which names no measure.
 */
export function planStatusRadioForm(pkg: SubmissionPackage): TestForm {
  const measures = MEASURES;
  const code = (index: number) => STATUS_CHOICES[index]?.code;
  const tables = byArea(measures).map(
    ([area, rows]) => `<h2>${area}</h2>
<table><thead><tr><th scope="col">Tiltak</th>${WORDS.map((word) => `<th scope="col">${capital(word)}</th>`).join("")}<th scope="col">Kommentar</th></tr></thead>
<tbody>${rows
      .map((measure) =>
        measure.name === "children_pathways"
          ? `${radioRow(measure, false)}<tr><td></td><td colspan="3"></td><td><textarea id="loose-comment" aria-label="Kommentar"></textarea></td></tr>`
          : radioRow(measure, true),
      )
      .join("\n")}</tbody></table>`,
  );
  return {
    path: "/plan-status",
    year: pkg.year,
    html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Status for tiltak ${pkg.year}</title></head><body>
<h1>Status for tiltak i regional fagplan, ${pkg.year}</h1><form onsubmit="return false">
${tables.join("\n")}
</form></body></html>`,
    ...placements(
      pkg,
      (name, value) => `#s-${name}-${[0, 1, 2].findIndex((index) => code(index) === value) + 1}`,
      (name) => (name === "children_pathways" ? null : `#c-${name}`),
      () => "☑",
    ),
  };
}

/** One measure as a SharePoint-style fieldset: its words as the legend, a Status list and a comment. */
function selectFieldset(measure: FormMeasure): string {
  // joint_intake's list asks yes / no / partly: none of its options is a status, so it stays empty.
  const options =
    measure.name === "joint_intake" ? ["Ja", "Nei", "Delvis"] : WORDS.map((word) => capital(word));
  return `<fieldset><legend>${measure.label}</legend>
  <div class="row"><label for="s-${measure.name}">Status</label><select id="s-${measure.name}" name="s_${measure.name}"><option value="">Velg status</option>${options.map((option) => `<option>${option}</option>`).join("")}</select></div>
  <div class="row"><label for="c-${measure.name}">Kommentar</label><textarea id="c-${measure.name}" name="c_${measure.name}"></textarea></div>
</fieldset>`;
}

/** The plain-list version: each measure a fieldset with a `<select>` (option texts only) and a text area. */
export function planStatusSelectForm(pkg: SubmissionPackage): TestForm {
  const sections = byArea(MEASURES).map(
    ([area, rows]) => `<section><h2>${area}</h2>\n${rows.map(selectFieldset).join("\n")}</section>`,
  );
  const form = placements(
    pkg,
    (name) => (name === "joint_intake" ? null : `#s-${name}`),
    (name) => `#c-${name}`,
    wordOf,
  );
  return {
    path: "/plan-status-select",
    year: pkg.year,
    html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Tiltaksstatus</title></head><body>
<h1>Tiltaksstatus ${pkg.year}</h1><form onsubmit="return false">
${sections.join("\n")}
</form></body></html>`,
    ...form,
  };
}

/** Fluent UI web components: a fluent-dropdown and a fluent-textarea per measure (fluent-plan-status.js). */
export function planStatusFluentWcForm(pkg: SubmissionPackage): TestForm {
  return {
    path: "/plan-status-fluent-wc",
    year: pkg.year,
    html: bundlePage("Status for tiltak (Fluent web components)", "/plan-status-fluent-wc.js"),
    bundles: { "/plan-status-fluent-wc.js": "plan-status-fluent-wc.js" },
    ...placements(
      pkg,
      (name) => `#s-${name}`,
      (name) => `shadow:#c-${name}`,
      wordOf,
    ),
  };
}

/** Fluent UI React v8 (SharePoint Framework): a Dropdown and a multiline TextField per measure. */
export function planStatusFluentReactForm(pkg: SubmissionPackage): TestForm {
  return {
    path: "/plan-status-fluent-react",
    year: pkg.year,
    html: bundlePage("Status for tiltak (Fluent UI React)", "/plan-status-fluent-react.js"),
    bundles: { "/plan-status-fluent-react.js": "plan-status-fluent-react.js" },
    ...placements(
      pkg,
      (name) => `#s-${name}`,
      (name) => `#c-${name}`,
      wordOf,
    ),
  };
}

/** Where a status goes in the radio forms ordered På plass / Under arbeid / Ikke startet. */
const REVERSED = ["in_place", "in_progress", "not_started"];

/**
 * Fluent UI web components' <fluent-radio-group> per measure (plan-status-fluent-radio-wc.js): the
 * status by its radio's label; the joint intake's Ja / Nei / Delvis group takes none; no comment boxes.
 */
export function planStatusFluentRadioForm(pkg: SubmissionPackage): TestForm {
  return {
    path: "/plan-status-fluent-radio",
    year: pkg.year,
    html: bundlePage("Status for tiltak (Fluent radio groups)", "/plan-status-fluent-radio-wc.js"),
    bundles: { "/plan-status-fluent-radio-wc.js": "plan-status-fluent-radio-wc.js" },
    ...placements(
      pkg,
      (name) => (name === "joint_intake" ? null : `#s-${name}`),
      () => null,
      (code) => String(REVERSED.indexOf(code) + 1),
    ),
  };
}

/** Fluent UI React v8's ChoiceGroup per measure (plan-status-choicegroup.js), options keyed a/b/c. */
export function planStatusChoiceGroupForm(pkg: SubmissionPackage): TestForm {
  const key = (code: string) => ["a", "b", "c"][REVERSED.indexOf(code)];
  return {
    path: "/plan-status-choicegroup",
    year: pkg.year,
    html: bundlePage("Status for tiltak (Fluent UI React ChoiceGroup)", "/plan-status-choicegroup.js"),
    bundles: { "/plan-status-choicegroup.js": "plan-status-choicegroup.js" },
    ...placements(
      pkg,
      // ChoiceGroup makes each radio's id from its own generated id and the option's key.
      (name, code) => (name === "joint_intake" ? null : `input[name="s_${name}"][id$="-${key(code)}"]`),
      () => null,
      () => "☑",
    ),
  };
}
