// DatePicker with text input: shown as dd.mm.yyyy, but parsed with Fluent's default (Date.parse,
// which reads "19.11.2025" as no date). Rapporteringsår: a Dropdown with nothing chosen.
import { DatePicker, Dropdown, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const pad = (n) => String(n).padStart(2, "0");
function App() {
  const [date, setDate] = useState(undefined);
  const [year, setYear] = useState(undefined);
  const [v, setV] = useState({});
  model["beds.count_date"] = date
    ? `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
    : "";
  model["beds.year"] = year ?? "";
  const F = (label, k) => (
    <TextField
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
      <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
      <Stack tokens={{ childrenGap: 8 }}>
        <Dropdown
          label="Rapporteringsår"
          placeholder="Velg år"
          selectedKey={year ?? null}
          onChange={(_, o) => setYear(o.key)}
          options={[
            { key: "2024", text: "2024" },
            { key: "2025", text: "2025" },
          ]}
        />
        <DatePicker
          label="Telledato"
          allowTextInput
          value={date}
          onSelectDate={(d) => setDate(d ?? undefined)}
          formatDate={(d) => (d ? `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}` : "")}
          textField={{ "data-k": "beds.count_date" }}
        />
        {F("PHV voksne, sykehusnivå", "beds.phv_adult_hospital")}
        {F("PHV voksne, DPS", "beds.phv_adult_dps")}
      </Stack>
    </div>
  );
}
mount(<App />);
