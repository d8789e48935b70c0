// Choosing the unit in "Rapporterende enhet" loads that unit's draft: every figure box is reset
// to what the draft holds (empty), 300 ms after the choice (a fetch).
import { Dropdown, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const units = [
  { key: "983975267", text: "Sykehuset Telemark HF" },
  { key: "983975259", text: "Sykehuset i Vestfold HF" },
];
function App() {
  const [unit, setUnit] = useState(null);
  const [v, setV] = useState({});
  const [gen, setGen] = useState(0);
  model["beds.unit_org"] = unit ?? "";
  const F = ({ label, k }) => (
    <TextField
      key={`${k}-${gen}`}
      label={label}
      data-k={k}
      value={v[k] ?? ""}
      onChange={(_, nv) => {
        setV((o) => ({ ...o, [k]: nv }));
        model[k] = nv;
      }}
    />
  );
  return (
    <div style={{ width: 320 }}>
      <h1>Døgnplasser 2025</h1>
      <Stack tokens={{ childrenGap: 8 }}>
        <Dropdown
          label="Rapporterende enhet"
          data-k="beds.unit_org"
          selectedKey={unit}
          placeholder="Velg enhet"
          options={units}
          onChange={(_, o) => {
            setUnit(o.key);
            setTimeout(() => {
              for (const k of Object.keys(model)) if (k !== "beds.unit_org") delete model[k];
              setV({});
              setGen((g) => g + 1);
            }, 300);
          }}
        />
        {F({ label: "PHV voksne, sykehusnivå", k: "beds.phv_adult_hospital" })}
        {F({ label: "PHV voksne, DPS", k: "beds.phv_adult_dps" })}
        {F({ label: "PHBU, i alt", k: "beds.phbu_total" })}
        {F({ label: "TSB, i alt", k: "beds.tsb_total" })}
      </Stack>
    </div>
  );
}
mount(<App />);
