// A Callout (portal at the end of body) opened from "Vis fjorårets tall (2024)": inside, a Text
// "Innrapportert i fjor" (not a heading) and TextFields "PHBU, i alt", "TSB, i alt". The page's own
// form (2025) has PHV's two boxes only.
import { Callout, DefaultButton, Stack, Text, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

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
function App() {
  const [open, setOpen] = useState(true);
  return (
    <div style={{ width: 320 }}>
      <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
      <F label="PHV voksne, sykehusnivå" k="beds.phv_adult_hospital" />
      <F label="PHV voksne, DPS" k="beds.phv_adult_dps" />
      <DefaultButton id="ly-btn" onClick={() => setOpen(!open)} text="Vis fjorårets tall (2024)" />
      {open && (
        <Callout target="#ly-btn" role="dialog" onDismiss={() => setOpen(false)} setInitialFocus={false}>
          <Stack tokens={{ padding: 16, childrenGap: 8 }} styles={{ root: { width: 280 } }}>
            <Text variant="large">Innrapportert i fjor</Text>
            <F label="PHBU, i alt" k="x:ly-phbu" />
            <F label="TSB, i alt" k="x:ly-tsb" />
          </Stack>
        </Callout>
      )}
    </div>
  );
}
mount(<App />, { readyAfter: 800 });
