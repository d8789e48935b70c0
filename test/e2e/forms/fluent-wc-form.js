// A form built from Fluent UI web components (as modern SharePoint pages render them): every
// <input> sits in a shadow root, each label is slotted into it. window.__wcState() reads the
// components' own values.
import "@fluentui/web-components/text-input/define.js";
import "@fluentui/web-components/dropdown/define.js";
import "@fluentui/web-components/listbox/define.js";
import "@fluentui/web-components/option/define.js";

const FIELDS = [
  ["hospital", "PHV voksne, sykehusnivå"],
  ["dps", "PHV voksne, DPS"],
  ["total", "PHV voksne, i alt"],
  ["phbu", "PHBU, i alt"],
  ["tsb", "TSB, i alt"],
];

const root = document.getElementById("root");
root.innerHTML = `<form onsubmit="return false"><h1>Døgnplasser</h1>
<label id="unit-label">Rapporterende enhet (org.nr.)</label>
<fluent-dropdown id="unit" aria-labelledby="unit-label" placeholder="Velg enhet">
  <fluent-listbox>
    <fluent-option value="983975267">Sykehuset Telemark HF</fluent-option>
    <fluent-option value="983971709">Sykehuset Innlandet HF</fluent-option>
  </fluent-listbox>
</fluent-dropdown>
${FIELDS.map(([key, label]) => `<div><fluent-text-input id="${key}" name="${key}">${label}</fluent-text-input></div>`).join("\n")}
</form>`;

window.__wcState = () =>
  Object.fromEntries([
    ["unit", document.getElementById("unit").value ?? ""],
    ...FIELDS.map(([key]) => [key, document.getElementById(key).value ?? ""]),
  ]);
