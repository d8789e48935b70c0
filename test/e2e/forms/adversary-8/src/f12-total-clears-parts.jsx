// Either the total or the parts: a value in "PHV voksne, i alt" empties and disables the two parts;
// a value in a part disables the total. PHBU and TSB are ordinary boxes.
import { MessageBar, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function App() {
  const [v, setV] = useState({});
  const set = (k, nv) =>
    setV((o) => {
      const n = { ...o, [k]: nv };
      if (k === "beds.phv_adult_total" && nv) {
        n["beds.phv_adult_hospital"] = "";
        n["beds.phv_adult_dps"] = "";
      }
      Object.assign(model, n);
      return n;
    });
  const total = Boolean(v["beds.phv_adult_total"]);
  const parts = Boolean(v["beds.phv_adult_hospital"] || v["beds.phv_adult_dps"]);
  const F = (label, k, disabled) => (
    <TextField
      label={label}
      data-k={k}
      value={v[k] ?? ""}
      disabled={disabled}
      onChange={(_, nv) => set(k, nv)}
    />
  );
  return (
    <div style={{ width: 340 }}>
      <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
      <MessageBar>Oppgi enten totalen eller fordelingen på sykehusnivå og DPS.</MessageBar>
      <Stack tokens={{ childrenGap: 8 }}>
        {F("PHV voksne, i alt", "beds.phv_adult_total", parts)}
        {F("PHV voksne, sykehusnivå", "beds.phv_adult_hospital", total)}
        {F("PHV voksne, DPS", "beds.phv_adult_dps", total)}
        {F("PHBU, i alt", "beds.phbu_total")}
        {F("TSB, i alt", "beds.tsb_total")}
      </Stack>
    </div>
  );
}
mount(<App />);
