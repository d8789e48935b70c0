/** What the classic form posts: the ASP.NET-style control names and their values. */
export type PostedValues = Record<string, string>;

const UNITS = [
  ["", "Velg enhet"],
  ["983975267", "Sykehuset Telemark HF"],
  ["983971709", "Sykehuset Innlandet HF"],
];
const YEARS = ["2023", "2024", "2025"];

/** Text boxes: control name suffix, label (some in a <label>, some only in the cell before). */
const BOXES: readonly { name: string; label: string; labelled: boolean; readonly?: boolean }[] = [
  { name: "txtCountDate", label: "Telledato", labelled: true },
  { name: "txtHospital", label: "PHV voksne, sykehusnivå:", labelled: true },
  { name: "txtDps", label: "PHV voksne, DPS:", labelled: false },
  { name: "txtTotal", label: "PHV voksne, i alt *", labelled: true },
  { name: "txtTsb", label: "TSB, i alt", labelled: false },
  { name: "txtPhbu", label: "PHBU, i alt", labelled: true, readonly: true },
];

/** The control name and element id ASP.NET WebForms would give a control in the Main content area. */
export function controlName(suffix: string): { name: string; id: string } {
  return { name: `ctl00$Main$${suffix}`, id: `ctl00_Main_${suffix}` };
}

/**
 * The server-rendered page of a classic WebForms return: the unit and year lists post back on
 * change (`__doPostBack`), the server renders the page again with every posted value, and only
 * the "Lagre" button saves. `postbacks` counts the reloads so a test can see them.
 */
export function renderPostbackForm(values: PostedValues, postbacks: number, saved: boolean): string {
  const value = (suffix: string) => values[controlName(suffix).name] ?? "";
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Døgnplasser – innrapportering</title></head>
<body><form method="post" action="/postback" id="aspnetForm">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${postbacks}">
<script>function __doPostBack(target, argument) { var form = document.forms.aspnetForm;
  form.__EVENTTARGET.value = target; form.__EVENTARGUMENT.value = argument; form.submit(); }</script>
<p>Tilbakeposter: <span id="postbacks">${postbacks}</span>${saved ? ' <strong id="saved">Lagret</strong>' : ""}</p>
<table>
${selectRow("ddlUnit", "Rapporterende enhet (org.nr.)", UNITS, value("ddlUnit"))}
${selectRow(
  "ddlYear",
  "Rapporteringsår",
  YEARS.map((year) => [year, year]),
  value("ddlYear"),
)}
${BOXES.map((box) => boxRow(box, value(box.name))).join("\n")}
</table>
<input type="submit" name="ctl00$Main$btnSave" id="ctl00_Main_btnSave" value="Lagre">
</form></body></html>`;
}

function selectRow(suffix: string, label: string, options: string[][], chosen: string): string {
  const { name, id } = controlName(suffix);
  const items = options
    .map(
      ([value = "", text = ""]) =>
        `<option value="${value}"${value === chosen ? " selected" : ""}>${text}</option>`,
    )
    .join("");
  const postBack = `javascript:setTimeout('__doPostBack(\\'${name}\\',\\'\\')', 0)`;
  return `<tr><td><label for="${id}">${label}</label></td><td><select name="${name}" id="${id}" onchange="${postBack}">${items}</select></td></tr>`;
}

function boxRow(box: (typeof BOXES)[number], value: string): string {
  const { name, id } = controlName(box.name);
  const label = box.labelled ? `<label for="${id}">${box.label}</label>` : `<span>${box.label}</span>`;
  const readonly = box.readonly ? " readonly" : "";
  return `<tr><td>${label}</td><td><input type="text" name="${name}" id="${id}" value="${escapeAttribute(value)}"${readonly}></td></tr>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
