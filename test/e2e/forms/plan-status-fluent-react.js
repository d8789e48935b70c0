// A plan-status web part as SharePoint Framework builds it with Fluent UI React v8: per measure a
// heading, a Dropdown "Status for tiltaket" (an ARIA combobox whose options render in a layer at
// the end of the page) and a multiline TextField "Kommentar". window.__fluentState is the
// component state a test reads back.
import { Dropdown, TextField } from "@fluentui/react";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { byArea, MEASURES } from "./plan-status-measures.ts";

const OPTIONS = [
  { key: "not_started", text: "Ikke startet" },
  { key: "in_progress", text: "Under arbeid" },
  { key: "in_place", text: "På plass" },
];

function PlanStatusForm() {
  const [state, setState] = useState(() =>
    Object.fromEntries(
      MEASURES.flatMap(({ name }) => [
        [`s-${name}`, ""],
        [`c-${name}`, ""],
      ]),
    ),
  );
  const set = (key, value) => setState((before) => ({ ...before, [key]: value }));
  window.__fluentState = state;
  const measure = ({ name, label }) =>
    h(
      "div",
      { key: name, className: "measure" },
      h("h3", null, label),
      h(Dropdown, {
        id: `s-${name}`,
        label: "Status for tiltaket",
        placeholder: "Velg status",
        options: OPTIONS,
        selectedKey: state[`s-${name}`] || null,
        onChange: (_event, option) => set(`s-${name}`, option.key),
      }),
      h(TextField, {
        id: `c-${name}`,
        label: "Kommentar",
        multiline: true,
        rows: 2,
        value: state[`c-${name}`],
        onChange: (_event, value) => set(`c-${name}`, value ?? ""),
      }),
    );
  return h(
    "form",
    { onSubmit: (event) => event.preventDefault() },
    h("h1", null, "Status for tiltak"),
    ...byArea(MEASURES).flatMap(([area, measures]) => [
      h("h2", { key: area }, area),
      ...measures.map(measure),
    ]),
  );
}

createRoot(document.getElementById("root")).render(h(PlanStatusForm));
