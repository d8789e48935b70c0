// TextField label + suffix: the unit of measure is the TextField's suffix ("plasser", "liggedøgn").
// PHV voksne's two areas: a "plasser" box and a "liggedøgn" box each, same label. PHBU and TSB:
// only a "liggedøgn" box (their beds are reported elsewhere). Bed days are not in this package.
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
      styles={{ root: { width: 260 } }}
      onChange={(_, nv) => {
        setV(nv);
        model[k] = nv;
      }}
    />
  );
}
mount(
  <div>
    <h1>Døgnplasser og liggedøgn 2025 – Sykehuset Telemark HF</h1>
    <Stack horizontal tokens={{ childrenGap: 16 }}>
      <F label="PHV voksne, sykehusnivå" suffix="plasser" k="beds.phv_adult_hospital" />
      <F label="PHV voksne, sykehusnivå" suffix="liggedøgn" k="x:bd-hosp" />
    </Stack>
    <Stack horizontal tokens={{ childrenGap: 16 }}>
      <F label="PHV voksne, DPS" suffix="plasser" k="beds.phv_adult_dps" />
      <F label="PHV voksne, DPS" suffix="liggedøgn" k="x:bd-dps" />
    </Stack>
    <F label="PHBU, i alt" suffix="liggedøgn" k="x:bd-phbu" />
    <F label="TSB, i alt" suffix="liggedøgn" k="x:bd-tsb" />
    <F label="Sykefravær" suffix="dagsverk" k="x:sick-days" />
  </div>,
);
