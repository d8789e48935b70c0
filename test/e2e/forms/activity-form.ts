import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parsePackage } from "../../../shared/package/parse-package";
import type { SubmissionPackage } from "../../../shared/package/submission-package";
import type { TestForm } from "./structured-forms";

/** Innlandet's activity for 2024 as the trust sent it (examples/board), computed shares included. */
export function innlandetActivity(): SubmissionPackage {
  const file = resolve(import.meta.dirname, "../../../examples/board/activity/innlandet-2024.hso.json");
  const parsed = parsePackage(readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(`example package: ${parsed.error.code}`);
  return parsed.package;
}

/** Rows of the activity table: slug, row header, the figure's name without its group, read-only. */
const ROWS: ReadonlyArray<[string, string, string, boolean]> = [
  ["wait", "Ventetid til påstartet helsehjelp (dager)", "wait_days", false],
  ["received", "Mottatte henvisninger", "referrals_received", false],
  ["rejected", "Avviste henvisninger", "referrals_rejected", false],
  // The page computes the rate itself and shows it in an <output>: nothing to type into.
  ["rate", "Avvisningsrate (%)", "rejection_rate", true],
  ["consultations", "Polikliniske konsultasjoner", "consultations", false],
  ["phone", "Herav telefon", "consultations_phone", false],
  ["video", "Herav video", "consultations_video", false],
  // This form asks for the phone share (some portals do); the package holds it, so it goes there.
  ["phoneshare", "Andel telefon (%)", "phone_share", false],
  ["beddays", "Liggedøgn", "bed_days", false],
];
const GROUPS: ReadonlyArray<[string, string]> = [
  ["adult", "Voksne"],
  ["children", "Barn og unge"],
];

/**
 * An activity form as a portal builds one: a table with the figures down and the two patient
 * groups across (inputs without labels of their own, named by their row and column headers), the
 * rejection rate computed by the page into an <output>, the phone share asked for, the video share
 * not; eBehandling and DelMedMeg as labelled fields below.
 */
export function activityForm(pkg: SubmissionPackage): TestForm {
  const cell = (slug: string, group: string, computed: boolean) =>
    computed
      ? `<td><output id="${slug}-${group}"></output></td>`
      : `<td><input id="${slug}-${group}" inputmode="decimal"></td>`;
  const rows = ROWS.map(
    ([slug, header, , computed]) =>
      `<tr><th scope="row">${header}</th>${GROUPS.map(([group]) => cell(slug, group, computed)).join("")}</tr>`,
  );
  const expected: TestForm["expected"] = {};
  for (const id of Object.keys(pkg.values)) expected[id] = null;
  for (const [slug, , name, computed] of ROWS)
    for (const [group] of GROUPS)
      expected[`activity.${name}_${group}`] = computed ? null : `#${slug}-${group}`;
  expected["activity.ebehandling_patients"] = "#ebehandling";
  expected["activity.delmedmeg_coverage_pct"] = "#delmedmeg";
  return {
    path: "/activity",
    year: pkg.year,
    html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Aktivitet ${pkg.year}</title></head><body>
<h1>Aktivitet i psykisk helsevern, ${pkg.year}</h1><form onsubmit="return false">
<table><thead><tr><th></th>${GROUPS.map(([, header]) => `<th scope="col">${header}</th>`).join("")}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
<div class="row"><label for="ebehandling">Pasienter i eBehandling</label><input id="ebehandling"></div>
<div class="row"><label for="delmedmeg">Dekning DelMedMeg, voksne poliklinisk (%)</label><input id="delmedmeg"></div>
</form><script>
for (const group of ["adult", "children"]) {
  const update = () => {
    const received = Number(document.getElementById("received-" + group).value.replace(",", "."));
    const rejected = Number(document.getElementById("rejected-" + group).value.replace(",", "."));
    document.getElementById("rate-" + group).textContent = received > 0 ? (100 * rejected / received).toFixed(1).replace(".", ",") : "";
  };
  document.getElementById("received-" + group).addEventListener("input", update);
  document.getElementById("rejected-" + group).addEventListener("input", update);
}
</script></body></html>`,
    values: pkg.values as Record<string, number | string>,
    expected,
  };
}
