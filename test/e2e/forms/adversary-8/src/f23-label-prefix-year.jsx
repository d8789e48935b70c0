// TextField label + prefix "2024" / "2025": the prefix is the only place the year is said.
import { Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function F({ label, k, prefix }) {
  const [v, setV] = useState("");
  return (
    <TextField
      label={label}
      prefix={prefix}
      data-k={k}
      value={v}
      styles={{ root: { width: 220 } }}
      onChange={(_, nv) => {
        setV(nv);
        model[k] = nv;
      }}
    />
  );
}
mount(
  <div>
    <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
    <Stack horizontal tokens={{ childrenGap: 16 }}>
      <F label="PHV voksne, sykehusnivå" prefix="2024" k="x:ly-hosp" />
      <F label="PHV voksne, sykehusnivå" prefix="2025" k="beds.phv_adult_hospital" />
    </Stack>
    <Stack horizontal tokens={{ childrenGap: 16 }}>
      <F label="PHV voksne, DPS" prefix="2024" k="x:ly-dps" />
      <F label="PHV voksne, DPS" prefix="2025" k="beds.phv_adult_dps" />
    </Stack>
    <F label="PHBU, i alt" prefix="2024" k="x:ly-phbu" />
    <F label="TSB, i alt" prefix="2024" k="x:ly-tsb" />
  </div>,
);
