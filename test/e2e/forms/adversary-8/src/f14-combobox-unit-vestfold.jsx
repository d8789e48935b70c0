// A Fluent ComboBox "Enhet" on Vestfold above the boxes: the boxes are Vestfold's.
import { ComboBox, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const fields = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "beds.phv_adult_dps"],
  ["PHBU, i alt", "beds.phbu_total"],
  ["TSB, i alt", "beds.tsb_total"],
];
function App() {
  const [unit, setUnit] = useState("983975259");
  const [v, setV] = useState({});
  return (
    <div style={{ width: 320 }}>
      <h1>Døgnplasser 2025</h1>
      <Stack tokens={{ childrenGap: 8 }}>
        <ComboBox
          label="Enhet"
          selectedKey={unit}
          onChange={(_, o) => o && setUnit(o.key)}
          options={[
            { key: "983975267", text: "Sykehuset Telemark HF" },
            { key: "983975259", text: "Sykehuset i Vestfold HF" },
          ]}
        />
        {fields.map(([label, id]) => {
          const k = unit === "983975267" ? id : `x:vf-${id.split(".")[1]}`;
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
      </Stack>
    </div>
  );
}
mount(<App />);
