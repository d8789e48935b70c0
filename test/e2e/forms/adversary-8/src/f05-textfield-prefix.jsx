// One Stack row per service: a Fluent <Label> not tied to any input (no htmlFor), then TextFields
// without labels whose prefix says the year: "2024" | "2025". PHBU and TSB have only the 2024 box.
import { Label, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function F({ k, prefix }) {
  const [v, setV] = useState("");
  return (
    <TextField
      prefix={prefix}
      data-k={k}
      value={v}
      styles={{ root: { width: 160 } }}
      onChange={(_, nv) => {
        setV(nv);
        model[k] = nv;
      }}
    />
  );
}
const Row = ({ name, ly, cy }) => (
  <Stack horizontal verticalAlign="center" tokens={{ childrenGap: 12 }}>
    <Label styles={{ root: { width: 220 } }}>{name}</Label>
    <F prefix="2024" k={ly} />
    {cy ? <F prefix="2025" k={cy} /> : <span>rapporteres i eget skjema</span>}
  </Stack>
);
mount(
  <div>
    <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
    <Row name="PHV voksne, sykehusnivå" ly="x:ly-hosp" cy="beds.phv_adult_hospital" />
    <Row name="PHV voksne, DPS" ly="x:ly-dps" cy="beds.phv_adult_dps" />
    <Row name="PHBU, i alt" ly="x:ly-phbu" />
    <Row name="TSB, i alt" ly="x:ly-tsb" />
  </div>,
);
