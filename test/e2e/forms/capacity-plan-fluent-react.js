// A capacity plan web part as SharePoint Framework builds it with Fluent UI React v8: per service
// area a heading, a SpinButton "Rapportert 2025" (last reported beds) and one SpinButton per plan
// year "Planlagt 2026" … (step 0.5: half beds), and a multiline TextField "Begrunnelse for
// endring". window.__capacityState is the component state a test reads back.
import { SpinButton, TextField } from "@fluentui/react";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";

const AREAS = [
  ["phv", "PHV voksne"],
  ["phbu", "PHBU"],
  ["tsb", "TSB"],
];
const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032];
const KEYS = AREAS.flatMap(([slug]) => [`${slug}-reported`, ...YEARS.map((year) => `${slug}-${year}`)]);

function CapacityPlanForm() {
  const [state, setState] = useState(() =>
    Object.fromEntries([...KEYS, ...AREAS.map(([slug]) => `${slug}-reason`)].map((key) => [key, ""])),
  );
  const set = (key, value) => setState((before) => ({ ...before, [key]: value ?? "" }));
  window.__capacityState = state;
  const spin = (key, label) =>
    h(SpinButton, {
      key,
      label,
      inputProps: { "data-key": key },
      min: 0,
      max: 2000,
      step: 0.5,
      value: state[key],
      onChange: (_event, value) => set(key, value),
    });
  const area = ([slug, words]) =>
    h(
      "section",
      { key: slug, "aria-labelledby": `h-${slug}` },
      h("h2", { id: `h-${slug}` }, words),
      spin(`${slug}-reported`, "Rapportert 2025"),
      ...YEARS.map((year) => spin(`${slug}-${year}`, `Planlagt ${year}`)),
      h(TextField, {
        id: `${slug}-reason`,
        label: "Begrunnelse for endring",
        multiline: true,
        rows: 2,
        value: state[`${slug}-reason`],
        onChange: (_event, value) => set(`${slug}-reason`, value),
      }),
    );
  return h(
    "form",
    { onSubmit: (event) => event.preventDefault() },
    h("h1", null, "Kapasitetsplan"),
    ...AREAS.map(area),
  );
}

createRoot(document.getElementById("root")).render(h(CapacityPlanForm));
