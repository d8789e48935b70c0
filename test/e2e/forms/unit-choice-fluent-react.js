// A unit chosen in Fluent UI React v8 as a SharePoint web part builds it: a Dropdown (an ARIA
// combobox whose options render in a layer at the end of the page, only while open) or a
// ChoiceGroup (radios), beside a TextField. The page's address says which and what options
// it offers: `?control=dropdown|choicegroup&options=A|B|C` (each option keyed o0, o1, …).
// window.__unitState is the component state a test reads back.
import { ChoiceGroup, Dropdown, TextField } from "@fluentui/react";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";

const query = new URLSearchParams(location.search);
const OPTIONS = (query.get("options") ?? "").split("|").map((text, index) => ({ key: `o${index}`, text }));

function UnitForm() {
  const [state, setState] = useState({ unit: "", tsb: "" });
  window.__unitState = state;
  const choose = (_event, option) => setState((before) => ({ ...before, unit: option.key }));
  const unit =
    query.get("control") === "choicegroup"
      ? h(ChoiceGroup, {
          label: "Rapporterende enhet",
          options: OPTIONS,
          selectedKey: state.unit,
          onChange: choose,
        })
      : h(Dropdown, {
          label: "Rapporterende enhet",
          placeholder: "Velg enhet",
          options: OPTIONS,
          selectedKey: state.unit || null,
          onChange: choose,
        });
  return h(
    "form",
    { onSubmit: (event) => event.preventDefault() },
    h("h1", null, "Døgnplasser 2025"),
    unit,
    h(TextField, {
      label: "TSB, i alt",
      value: state.tsb,
      onChange: (_event, value) => setState((before) => ({ ...before, tsb: value ?? "" })),
    }),
  );
}

createRoot(document.getElementById("root")).render(h(UnitForm));
