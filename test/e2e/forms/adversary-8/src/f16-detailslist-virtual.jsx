// 60 wards, then "PHV voksne, sykehusnivå" … "TSB, i alt" as the last rows, in a DetailsList inside a
// 300 px ScrollablePane: the List virtualises, the total rows are drawn only when scrolled to.
import { DetailsList, ScrollablePane, SelectionMode, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const wards = Array.from({ length: 60 }, (_, i) => ({
  key: `w${i}`,
  name: `Post ${i + 1}`,
  y24: `x:w${i}-24`,
  y25: `x:w${i}-25`,
}));
const totals = [
  { key: "hosp", name: "PHV voksne, sykehusnivå", y24: "x:ly-hosp", y25: "beds.phv_adult_hospital" },
  { key: "dps", name: "PHV voksne, DPS", y24: "x:ly-dps", y25: "beds.phv_adult_dps" },
  { key: "phbu", name: "PHBU, i alt", y24: "x:ly-phbu", y25: "beds.phbu_total" },
  { key: "tsb", name: "TSB, i alt", y24: "x:ly-tsb", y25: "beds.tsb_total" },
];
const store = {};
function Cell({ k, name }) {
  const [v, setV] = useState(store[k] ?? "");
  return (
    <TextField
      ariaLabel={name}
      data-k={k}
      value={v}
      onChange={(_, nv) => {
        setV(nv);
        store[k] = nv;
        model[k] = nv;
      }}
    />
  );
}
const columns = [
  { key: "name", name: "Post", fieldName: "name", isRowHeader: true, minWidth: 200 },
  { key: "y24", name: "2024", minWidth: 100, onRender: (r) => <Cell k={r.y24} name={r.name} /> },
  { key: "y25", name: "2025", minWidth: 100, onRender: (r) => <Cell k={r.y25} name={r.name} /> },
];
mount(
  <div>
    <h1>Døgnplasser per post 2025 – Sykehuset Telemark HF</h1>
    <div style={{ position: "relative", height: 300 }}>
      <ScrollablePane>
        <DetailsList items={[...wards, ...totals]} columns={columns} selectionMode={SelectionMode.none} />
      </ScrollablePane>
    </div>
  </div>,
);
