// Two Fluent toggle buttons (aria-pressed) as a segmented year switch; 2024 pressed at load.
import { DefaultButton, Label, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const fields = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "beds.phv_adult_dps"],
  ["PHBU, i alt", "beds.phbu_total"],
  ["TSB, i alt", "beds.tsb_total"],
];
function App() {
  const [year, setYear] = useState(new URLSearchParams(location.search).get("year") ?? "2024");
  const [v, setV] = useState({});
  return (
    <div style={{ width: 320 }}>
      <h1>Døgnplasser – Sykehuset Telemark HF</h1>
      <Label>År</Label>
      <Stack horizontal>
        {["2024", "2025"].map((y) => (
          <DefaultButton key={y} text={y} toggle checked={year === y} onClick={() => setYear(y)} />
        ))}
      </Stack>
      {fields.map(([label, id]) => {
        const k = year === "2025" ? id : `x:ly-${id.split(".")[1]}`;
        return (
          <TextField
            key={k}
            label={label}
            data-k={k}
            value={v[k] ?? ""}
            onChange={(_, nv) => {
              setV((o) => ({ ...o, [k]: nv }));
              model[k] = nv;
            }}
          />
        );
      })}
    </div>
  );
}
mount(<App />);
