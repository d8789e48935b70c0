// Fluent UI React v8 SpinButtons as a reporting form uses them (adversary round 8, a01): a
// SpinButton takes any text while typed, and on blur checks it, going back to its last valid value
// when the text is no number ("" included). A TextField beside them. window.__spinState is the
// component state a test reads back (what the page would save).
import { initializeIcons, SpinButton, Stack, TextField } from "@fluentui/react";
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";

const state = {};
window.__spinState = () => ({ ...state });

function Spin({ label, k }) {
  const [value, setValue] = useState("");
  return h(SpinButton, {
    label,
    value,
    min: 0,
    max: 3650,
    step: 0.1,
    inputProps: { "data-k": k },
    onChange: (_event, next) => {
      setValue(next ?? "");
      state[k] = next ?? "";
    },
  });
}

function Text({ label, k }) {
  const [value, setValue] = useState("");
  return h(TextField, {
    label,
    value,
    "data-k": k,
    onChange: (_event, next) => {
      setValue(next ?? "");
      state[k] = next ?? "";
    },
  });
}

initializeIcons(undefined, { disableWarnings: true });
createRoot(document.getElementById("root")).render(
  h(
    "div",
    { style: { width: 360 } },
    h("h1", null, "Døgnplasser 2024 – Sykehuset Telemark HF"),
    h(
      Stack,
      { tokens: { childrenGap: 8 } },
      h(Spin, { label: "PHBU, i alt", k: "phbu" }),
      h(Spin, { label: "Herav midlertidig stengt", k: "closed" }),
      h(Text, { label: "TSB, i alt", k: "tsb" }),
    ),
  ),
);
