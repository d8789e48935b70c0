// An ordinary Pivot: "Fjorårets tall" | "Årets tall", last year's tab open at load. Fluent renders
// only the selected PivotItem (role=tabpanel aria-labelledby its tab).
import { Pivot, PivotItem, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const fields = [
  ["PHV voksne, sykehusnivå", "hosp", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "dps", "beds.phv_adult_dps"],
  ["PHBU, i alt", "phbu", "beds.phbu_total"],
  ["TSB, i alt", "tsb", "beds.tsb_total"],
];
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
mount(
  <div>
    <h1>Døgnplasser – Sykehuset Telemark HF</h1>
    <Pivot defaultSelectedKey="ly">
      <PivotItem headerText="Fjorårets tall" itemKey="ly">
        <Stack styles={{ root: { width: 300 } }}>
          {fields.map(([l, s]) => (
            <F key={s} label={l} k={`x:ly-${s}`} />
          ))}
        </Stack>
      </PivotItem>
      <PivotItem headerText="Årets tall" itemKey="cy">
        <Stack styles={{ root: { width: 300 } }}>
          {fields.map(([l, s, id]) => (
            <F key={s} label={l} k={id} />
          ))}
        </Stack>
      </PivotItem>
    </Pivot>
  </div>,
);
