// Labels the catalogue knows, suffixes naming another measure (a rate, a percent, weeks).
import { Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function F({ label, k, suffix }) {
  const [v, setV] = useState("");
  return (
    <TextField
      label={label}
      suffix={suffix}
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
  <div style={{ width: 380 }}>
    <h1>Aktivitet 2025 – Sykehuset Telemark HF</h1>
    <Stack tokens={{ childrenGap: 8 }}>
      <F label="Mottatte henvisninger, voksne" suffix="per 1000 innbyggere" k="x:ref-rate" />
      <F label="Liggedøgn, voksne" suffix="%" k="x:occupancy" />
      <F label="Polikliniske konsultasjoner, voksne" suffix="per årsverk" k="x:cons-per-fte" />
      <F label="Ventetid til påstartet helsehjelp, voksne" suffix="uker" k="x:wait-weeks" />
      <F label="Pasienter i eBehandling" suffix="per 10 000" k="x:ebeh-rate" />
    </Stack>
  </div>,
);
