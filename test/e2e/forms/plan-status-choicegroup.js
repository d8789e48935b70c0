// A plan-status web part as SharePoint Framework builds it with Fluent UI React v8's ChoiceGroup:
// per measure a heading and a ChoiceGroup "Status for tiltaket" (a role=radiogroup of native radios,
// each labelled by its option's text), the options keyed a/b/c in the order På plass / Under
// arbeid / Ikke startet: only their labels say which status each is. The joint intake's group asks
// Ja / Nei / Delvis. window.__choiceState is the component state a test reads back.
import { ChoiceGroup } from "@fluentui/react";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { byArea, MEASURES } from "./plan-status-measures.ts";

const STATUS = ["På plass", "Under arbeid", "Ikke startet"];
const OTHER = ["Ja", "Nei", "Delvis"];
const KEYS = ["a", "b", "c"];

function PlanStatusForm() {
  const [state, setState] = useState(() => Object.fromEntries(MEASURES.map(({ name }) => [name, ""])));
  window.__choiceState = state;
  const measure = ({ name, label }) =>
    h(
      "div",
      { key: name, className: "measure" },
      h("h3", null, label),
      h(ChoiceGroup, {
        label: "Status for tiltaket",
        name: `s_${name}`,
        options: (name === "joint_intake" ? OTHER : STATUS).map((text, index) => ({
          key: KEYS[index],
          text,
        })),
        selectedKey: state[name] || null,
        onChange: (_event, option) => setState((before) => ({ ...before, [name]: option.key })),
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
