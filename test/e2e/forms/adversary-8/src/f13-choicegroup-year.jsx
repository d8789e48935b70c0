// A Fluent ChoiceGroup (radio group) chooses the year whose four boxes are drawn; 2024 at load.
import { ChoiceGroup, Stack, TextField } from "@fluentui/react";
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
      <Stack tokens={{ childrenGap: 8 }}>
        <ChoiceGroup
          label="Vis tall for"
          selectedKey={year}
          onChange={(_, o) => setYear(o.key)}
          options={[
            { key: "2024", text: "2024" },
            { key: "2025", text: "2025" },
          ]}
        />
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
      </Stack>
    </div>
  );
}
mount(<App />);
