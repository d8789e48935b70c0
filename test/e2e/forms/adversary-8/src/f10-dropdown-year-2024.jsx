// A Fluent Dropdown "År" (role=combobox) on 2024 chooses which year the four boxes below hold.
import { Dropdown, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function App() {
  const [year, setYear] = useState("2024");
  const [v, setV] = useState({});
  const F = ({ label, k }) => {
    const key = year === "2025" ? k : `x:ly-${k.split(".")[1]}`;
    return (
      <TextField
        label={label}
        data-k={key}
        value={v[key] ?? ""}
        onChange={(_, nv) => {
          setV({ ...v, [key]: nv });
          model[key] = nv;
        }}
      />
    );
  };
  return (
    <div style={{ width: 320 }}>
      <h1>Døgnplasser – Sykehuset Telemark HF</h1>
      <Stack tokens={{ childrenGap: 8 }}>
        <Dropdown
          label="År"
          selectedKey={year}
          onChange={(_, o) => setYear(o.key)}
          options={[
            { key: "2023", text: "2023" },
            { key: "2024", text: "2024" },
            { key: "2025", text: "2025" },
          ]}
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
