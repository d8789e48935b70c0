// TextField description (aria-describedby) says last year's: "Fjorårets tall (2024) – kun til kontroll".
import { Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function F({ label, k, ly }) {
  const [v, setV] = useState("");
  return (
    <TextField
      label={label}
      data-k={k}
      value={v}
      description={ly ? "Fjorårets tall (2024) – kun til kontroll" : undefined}
      onChange={(_, nv) => {
        setV(nv);
        model[k] = nv;
      }}
    />
  );
}
mount(
  <div style={{ width: 340 }}>
    <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
    <Stack tokens={{ childrenGap: 8 }}>
      <F label="PHV voksne, sykehusnivå" k="beds.phv_adult_hospital" />
      <F label="PHV voksne, sykehusnivå" k="x:ly-hosp" ly />
      <F label="PHV voksne, DPS" k="beds.phv_adult_dps" />
      <F label="PHV voksne, DPS" k="x:ly-dps" ly />
      <F label="PHBU, i alt" k="x:ly-phbu" ly />
      <F label="TSB, i alt" k="x:ly-tsb" ly />
    </Stack>
  </div>,
);
