// Pivot with headersOnly: the tabs only set state; the app draws the chosen year's fields below
// (no role=tabpanel, nothing ties the fields to the tab). 2024's tab is selected at load.
import { Pivot, PivotItem, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const fields = [
  ["PHV voksne, sykehusnivå", "hosp", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "dps", "beds.phv_adult_dps"],
  ["PHBU, i alt", "phbu", "beds.phbu_total"],
  ["TSB, i alt", "tsb", "beds.tsb_total"],
];
const store = { 2024: {}, 2025: {} };
function Year({ year }) {
  const [, force] = useState(0);
  return (
    <Stack tokens={{ childrenGap: 8 }} styles={{ root: { width: 300, marginTop: 12 } }}>
      {fields.map(([label, short, id]) => {
        const k = year === "2025" ? id : `x:ly-${short}`;
        return (
          <TextField
            key={k}
            label={label}
            data-k={k}
            value={store[year][k] ?? ""}
            onChange={(_, nv) => {
              store[year][k] = nv;
              model[k] = nv;
              force((n) => n + 1);
            }}
          />
        );
      })}
    </Stack>
  );
}
function App() {
  const [year, setYear] = useState(new URLSearchParams(location.search).get("year") ?? "2024");
  return (
    <div>
      <h1>Døgnplasser – Sykehuset Telemark HF</h1>
      <Pivot headersOnly selectedKey={year} onLinkClick={(item) => setYear(item.props.itemKey)}>
        <PivotItem headerText="2024" itemKey="2024" />
        <PivotItem headerText="2025" itemKey="2025" />
      </Pivot>
      <Year key={year} year={year} />
    </div>
  );
}
mount(<App />);
