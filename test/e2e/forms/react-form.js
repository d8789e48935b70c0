// A bed return form as newer RHF portals build it: React 19, every input controlled by component
// state. The extension must fill it so that React's state (not only the DOM) holds the values.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";

const FIELDS = [
  { key: "hospital", label: "PHV voksne, sykehusnivå *" },
  { key: "dps", label: "PHV voksne, DPS *" },
  { key: "total", label: "PHV voksne, i alt:" },
  { key: "phbu", label: "PHBU, i alt" },
];

function Field({ field, value, onChange }) {
  const id = `field-${field.key}`;
  return h(
    "div",
    { className: "row" },
    h("label", { htmlFor: id }, field.label),
    h("input", { id, value, onChange: (event) => onChange(field.key, event.target.value) }),
  );
}

function BedForm() {
  const [state, setState] = useState({ unit: "", hospital: "", dps: "", total: "", phbu: "", tsb: "" });
  const [shown, setShown] = useState(false);
  const update = (key, value) => setState((before) => ({ ...before, [key]: value }));
  window.__formState = state;
  const submit = (event) => {
    event.preventDefault();
    window.__submitted = (window.__submitted ?? 0) + 1;
  };
  return h(
    "form",
    { onSubmit: submit },
    h("h1", null, "Døgnplasser"),
    h("label", { htmlFor: "unit" }, "Rapporterende enhet (org.nr.)"),
    h(
      "select",
      { id: "unit", value: state.unit, onChange: (event) => update("unit", event.target.value) },
      h("option", { value: "" }, "Velg enhet"),
      h("option", { value: "983975267" }, "Sykehuset Telemark HF"),
      h("option", { value: "983971709" }, "Sykehuset Innlandet HF"),
    ),
    ...FIELDS.map((field) => h(Field, { key: field.key, field, value: state[field.key], onChange: update })),
    h(
      "div",
      { className: "row" },
      h("span", { id: "tsb-label" }, "Substance-use treatment, total"),
      h("input", {
        type: "number",
        step: "0.5",
        "aria-labelledby": "tsb-label",
        value: state.tsb,
        onChange: (event) => update("tsb", event.target.value),
      }),
    ),
    h("button", { type: "button", id: "show", onClick: () => setShown(true) }, "Vis tilstand"),
    h("button", { type: "submit" }, "Send inn"),
    shown ? h("pre", { id: "state" }, JSON.stringify(state)) : null,
  );
}

createRoot(document.getElementById("root")).render(h(BedForm));
