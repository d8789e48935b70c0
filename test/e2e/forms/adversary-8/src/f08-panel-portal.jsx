// The page's 2025 form has the adults' two boxes; a Fluent Panel, open at load, rendered in a
// portal at the end of <body>, titled "Korriger fjorårets tall (2024)", holds all four services.
import { Panel, PanelType, PrimaryButton, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function F({ label, k }) {
  const [v, setV] = useState("");
  return (
    <TextField
      label={label}
      data-k={k}
      value={v}
      onChange={(_, nv) => {
        setV(nv);
        model[k] = nv;
      }}
    />
  );
}
function App() {
  const [open, setOpen] = useState(true);
  return (
    <div style={{ width: 320 }}>
      <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
      <F label="PHV voksne, sykehusnivå" k="beds.phv_adult_hospital" />
      <F label="PHV voksne, DPS" k="beds.phv_adult_dps" />
      <PrimaryButton onClick={() => setOpen(true)} text="Korriger fjorårets tall" />
      <Panel
        isOpen={open}
        type={PanelType.medium}
        isBlocking={false}
        onDismiss={() => setOpen(false)}
        headerText="Korriger fjorårets tall (2024)"
        closeButtonAriaLabel="Lukk"
      >
        <F label="PHV voksne, sykehusnivå" k="x:ly-hosp" />
        <F label="PHV voksne, DPS" k="x:ly-dps" />
        <F label="PHBU, i alt" k="x:ly-phbu" />
        <F label="TSB, i alt" k="x:ly-tsb" />
      </Panel>
    </div>
  );
}
mount(<App />, { readyAfter: 800 });
