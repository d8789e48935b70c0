/**
 * Intranet forms whose labels alone do not say where a figure goes: their structure does
 * (section headings, table headers, a matrix labelled by row and column). Each comes with the
 * package values a test fills in and where each figure belongs (`null`: nowhere on this form; it
 * must not be written anywhere).
 */
export interface TestForm {
  path: string;
  html: string;
  values: Record<string, number | string>;
  /**
   * Figure id → where its control is (`resolveTarget` in form-accuracy.ts: a CSS selector, or
   * `label:<text>`, or `shadow:<host selector>`), or null when the form has no field for it.
   */
  expected: Record<string, string | null>;
  /** What a control shows for a figure when that is not the figure itself (a unit list shows the name). */
  shows?: Record<string, string>;
  year: number;
  /** Scripts the page loads: path → file beside this one, bundled with its library. */
  bundles?: Record<string, string>;
}

function section(title: string, slug: string, extra = ""): string {
  return `<section><h2>${title}</h2>
  <div class="row"><label for="${slug}-beds">Antall døgnplasser</label><input id="${slug}-beds" name="${slug}Beds"></div>
  <div class="row"><label for="${slug}-closed">Herav midlertidig stengt</label><input id="${slug}-closed" name="${slug}Closed"></div>${extra}
</section>`;
}

/** The same two labels under each section heading, a unit total, an explanation and a confirmation. */
export const SECTIONS_FORM: TestForm = {
  path: "/sections",
  year: 2025,
  html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser 2025</title></head><body>
<h1>Døgnplasser per 15. november</h1><form onsubmit="return false">
${section("Voksne – sykehusnivå", "vs")}
${section("Voksne – DPS", "vd")}
${section("Barn og unge", "bu")}
${section("TSB", "tsb")}
<section><h2>Totalt for enheten</h2>
  <div class="row"><label for="all-closed">Herav midlertidig stengt</label><input id="all-closed"></div>
  <div class="row"><label for="why">Forklaring ved endring i PHV voksne, i alt</label><textarea id="why"></textarea></div>
  <div class="row"><input type="checkbox" id="confirm" checked><label for="confirm">Bekreft at tallene er kontrollert</label></div>
</section>
<section><h2>Bemanning</h2>
  <div class="row"><label for="sick-doc">Sykefravær, legemeldt</label><input id="sick-doc"></div>
  <div class="row"><label for="sick">Sykefravær (%)</label><input id="sick"></div>
</section></form></body></html>`,
  values: {
    "beds.phv_adult_hospital": 40,
    "beds.phv_adult_dps": 63.5,
    "beds.phv_adult_total": 103.5,
    "beds.phbu_total": 20,
    "beds.tsb_total": 30,
    "beds.temporarily_closed": 7,
    "staffing.sick_leave_pct": 6.5,
  },
  expected: {
    "beds.phv_adult_hospital": "#vs-beds",
    "beds.phv_adult_dps": "#vd-beds",
    "beds.phv_adult_total": null,
    "beds.phbu_total": "#bu-beds",
    "beds.tsb_total": "#tsb-beds",
    "beds.temporarily_closed": "#all-closed",
    "staffing.sick_leave_pct": "#sick",
  },
};

function checkRow(label: string, slug: string, last: string): string {
  return `<tr><th scope="row">${label}</th><td><input id="${slug}-2024" value="${last}"></td><td><input id="${slug}-2025"></td></tr>`;
}

/** A check table: row headers, a column for last year's reported figures beside this year's. */
export const CHECK_TABLE_FORM: TestForm = {
  path: "/check-table",
  year: 2025,
  html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Kontrolltabell</title></head><body>
<form onsubmit="return false"><table><caption>Døgnplasser, kontroll mot fjoråret</caption>
<thead><tr><th></th><th>2024 (rapportert i fjor)</th><th>2025</th></tr></thead><tbody>
${checkRow("PHV voksne, sykehusnivå", "hosp", "38")}
${checkRow("PHV voksne, DPS", "dps", "60")}
${checkRow("PHV voksne, i alt", "total", "98")}
${checkRow("PHBU, i alt", "phbu", "21")}
${checkRow("TSB, i alt", "tsb", "28")}
</tbody></table></form></body></html>`,
  values: {
    "beds.phv_adult_hospital": 40,
    "beds.phv_adult_dps": 63.5,
    "beds.phv_adult_total": 103.5,
    "beds.phbu_total": 20,
    "beds.tsb_total": 30,
  },
  expected: {
    "beds.phv_adult_hospital": "#hosp-2025",
    "beds.phv_adult_dps": "#dps-2025",
    "beds.phv_adult_total": "#total-2025",
    "beds.phbu_total": "#phbu-2025",
    "beds.tsb_total": "#tsb-2025",
  },
};

const MATRIX_ROWS: ReadonlyArray<[string, string, string]> = [
  ["lis3bup", "LIS3 (BUP)", "lis3_phbu"],
  ["lis3vop", "LIS3 (VOP)", "lis3_phv_adult"],
  ["over", "Overleger, fast ansatt", "senior_consultants"],
  ["psy", "Psykologer i alt", "psychologists"],
  ["spes", "Herav psykologspesialister", "psychologist_specialists"],
];

/** A staffing matrix: occupations down, Personer/Årsverk across, each input labelled by both headers. */
export const STAFFING_MATRIX_FORM: TestForm = {
  path: "/staffing-matrix",
  year: 2025,
  html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Bemanning</title></head><body>
<form onsubmit="return false"><table><thead><tr><th>Yrkesgruppe</th><th id="col-p">Personer</th><th id="col-a">Årsverk</th></tr></thead><tbody>
${MATRIX_ROWS.map(
  ([slug, label]) =>
    `<tr><th id="row-${slug}">${label}</th><td><input id="${slug}-p" aria-labelledby="row-${slug} col-p"></td><td><input id="${slug}-a" aria-labelledby="row-${slug} col-a"></td></tr>`,
).join("\n")}
</tbody></table></form></body></html>`,
  values: Object.fromEntries(
    MATRIX_ROWS.flatMap(([, , name], index) => [
      [`staffing.${name}_headcount`, 10 + index],
      [`staffing.${name}_fte`, 9.5 + index],
    ]),
  ),
  expected: Object.fromEntries(
    MATRIX_ROWS.flatMap(([slug, , name]) => [
      [`staffing.${name}_headcount`, `#${slug}-p`],
      [`staffing.${name}_fte`, `#${slug}-a`],
    ]),
  ),
};

function gridRow(label: string): string {
  return `<div class="label">${label}</div><div class="cell"><input type="text"></div>`;
}

/** A CSS-grid form: labels in their own cells, inputs with neither id nor name. */
export const GRID_FORM: TestForm = {
  path: "/grid",
  year: 2025,
  html: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser (grid)</title>
<style>.grid { display: grid; grid-template-columns: 18em 10em; gap: 4px; }</style></head><body>
<form onsubmit="return false"><div class="grid">
${gridRow("Rapporterende enhet (org.nr.)")}
${gridRow("PHV voksne, sykehusnivå")}
${gridRow("PHV voksne, DPS")}
${gridRow("PHBU, i alt")}
${gridRow("TSB, i alt")}
</div></form></body></html>`,
  values: {
    "beds.unit_org": "983975267",
    "beds.phv_adult_hospital": 40,
    "beds.phv_adult_dps": 63.5,
    "beds.phbu_total": 20,
    "beds.tsb_total": 30,
  },
  expected: {
    "beds.unit_org": ".cell:nth-of-type(2) input",
    "beds.phv_adult_hospital": ".cell:nth-of-type(4) input",
    "beds.phv_adult_dps": ".cell:nth-of-type(6) input",
    "beds.phbu_total": ".cell:nth-of-type(8) input",
    "beds.tsb_total": ".cell:nth-of-type(10) input",
  },
};
