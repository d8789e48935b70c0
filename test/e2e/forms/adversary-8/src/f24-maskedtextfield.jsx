// MaskedTextField: the mask rewrites the box on each input from the selection and what changed.
import { MaskedTextField, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

function M({ label, k, mask }) {
  return (
    <MaskedTextField
      label={label}
      mask={mask}
      data-k={k}
      onChange={(_, nv) => {
        model[k] = nv;
      }}
    />
  );
}
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
  <div style={{ width: 320 }}>
    <h1>Døgnplasser 2025</h1>
    <Stack tokens={{ childrenGap: 8 }}>
      <M label="Rapporterende enhet (org.nr.)" mask="999 999 999" k="beds.unit_org" />
      <M label="Rapporteringsår" mask="9999" k="beds.year" />
      <M label="Telledato" mask="99.99.9999" k="beds.count_date" />
      <F label="PHV voksne, sykehusnivå" k="beds.phv_adult_hospital" />
      <F label="PHV voksne, DPS" k="beds.phv_adult_dps" />
    </Stack>
  </div>,
);
