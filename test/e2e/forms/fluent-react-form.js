// A bed and staffing return as a SharePoint Framework web part builds it: Fluent UI React v8
// (TextField, Dropdown for the unit, SpinButton for the year, DatePicker typed as ÅÅÅÅ-MM-DD,
// Pivot tabs). Fluent generates the ids (TextField12, Dropdown3). window.__fluentState is the
// component state a test reads back.
import { DatePicker, Dropdown, Pivot, PivotItem, SpinButton, TextField } from "@fluentui/react";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";

const UNITS = [
  { key: "983975267", text: "Sykehuset Telemark HF" },
  { key: "983971709", text: "Sykehuset Innlandet HF" },
];
const BEDS = [
  ["hospital", "PHV voksne, sykehusnivå"],
  ["dps", "PHV voksne, DPS"],
  ["phbu", "PHBU, i alt"],
  ["tsb", "TSB, i alt"],
];
const STAFF = [
  ["seniorHeads", "Overleger, fast ansatt, personer"],
  ["seniorFte", "Overleger, fast ansatt, årsverk"],
  ["sick", "Sykefravær (%)"],
];
const iso = (date) =>
  date
    ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`
    : "";
const parseIso = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
};

function ReturnForm() {
  const [state, setState] = useState({
    unit: "",
    year: "2025",
    countDate: "",
    ...Object.fromEntries([...BEDS, ...STAFF].map(([key]) => [key, ""])),
  });
  const set = (key) => (_event, value) => setState((before) => ({ ...before, [key]: value ?? "" }));
  window.__fluentState = state;
  const field = ([key, label]) => h(TextField, { key, label, value: state[key], onChange: set(key) });
  return h(
    "form",
    { onSubmit: (event) => event.preventDefault() },
    h("h1", null, "Årlig rapportering"),
    h(
      Pivot,
      { "aria-label": "Skjemadeler" },
      h(
        PivotItem,
        { headerText: "Døgnplasser", itemKey: "beds" },
        h(Dropdown, {
          label: "Rapporterende enhet (org.nr.)",
          placeholder: "Velg enhet",
          options: UNITS,
          selectedKey: state.unit || null,
          onChange: (_event, option) => setState((before) => ({ ...before, unit: option.key })),
        }),
        h(SpinButton, {
          label: "Rapporteringsår",
          value: state.year,
          min: 2000,
          max: 2100,
          onChange: set("year"),
        }),
        h(DatePicker, {
          label: "Telledato",
          allowTextInput: true,
          placeholder: "ÅÅÅÅ-MM-DD",
          formatDate: iso,
          parseDateFromString: parseIso,
          value: parseIso(state.countDate) ?? undefined,
          onSelectDate: (date) => setState((before) => ({ ...before, countDate: iso(date) })),
        }),
        ...BEDS.map(field),
      ),
      h(PivotItem, { headerText: "Bemanning", itemKey: "staff" }, ...STAFF.map(field)),
    ),
  );
}

createRoot(document.getElementById("root")).render(h(ReturnForm));
