// Controlled TextFields re-rendered on every change: the text is reformatted to nb-NO grouping
// ("61 000", NBSP) and the model holds the number. Waiting times are SpinButtons (adults: default
// step 1, so Fluent's own validation rounds to whole days; children: step 0.1). Shares: suffix "%".
import { SpinButton, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const fmt = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 2 });
function parse(s) {
  const t = String(s)
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(",", ".");
  return t === "" || Number.isNaN(Number(t)) ? null : Number(t);
}
function N({ label, k, suffix }) {
  const [text, setText] = useState("");
  return (
    <TextField
      label={label}
      suffix={suffix}
      data-k={k}
      value={text}
      onChange={(_, nv) => {
        const n = parse(nv);
        model[k] = n;
        setText(n === null || /[,.]$/.test(nv) ? nv : fmt.format(n));
      }}
    />
  );
}
function S({ label, k, step }) {
  const [v, setV] = useState("");
  return (
    <SpinButton
      label={label}
      data-k={k}
      value={v}
      min={0}
      max={3650}
      step={step}
      inputProps={{ "data-k": k }}
      onChange={(_, nv) => {
        setV(nv ?? "");
        model[k] = nv === undefined || nv === "" ? null : Number(nv);
      }}
    />
  );
}
mount(
  <div style={{ width: 360 }}>
    <h1>Aktivitet 2025 – Sykehuset Telemark HF</h1>
    <Stack tokens={{ childrenGap: 8 }}>
      <N label="Mottatte henvisninger, voksne" k="activity.referrals_received_adult" />
      <N label="Avviste henvisninger, voksne" k="activity.referrals_rejected_adult" />
      <N label="Avvisningsrate, voksne" suffix="%" k="activity.rejection_rate_adult" />
      <N label="Polikliniske konsultasjoner, voksne" k="activity.consultations_adult" />
      <N label="Andel video, barn og unge" suffix="%" k="activity.video_share_children" />
      <N label="Liggedøgn, voksne" k="activity.bed_days_adult" />
      <S label="Ventetid til påstartet helsehjelp, voksne" k="activity.wait_days_adult" />
      <S label="Ventetid til påstartet helsehjelp, barn og unge" k="activity.wait_days_children" step={0.1} />
    </Stack>
  </div>,
);
