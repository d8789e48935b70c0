// An icon-only column (isIconOnly, iconName History) whose name "Fjorårets tall (2024)" is not shown.
import { DetailsList, SelectionMode, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const rows = [
  { key: "hosp", name: "PHV voksne, sykehusnivå", ly: "x:ly-hosp", cy: "beds.phv_adult_hospital" },
  { key: "dps", name: "PHV voksne, DPS", ly: "x:ly-dps", cy: "beds.phv_adult_dps" },
  { key: "phbu", name: "PHBU, i alt", ly: "x:ly-phbu", cy: null },
  { key: "tsb", name: "TSB, i alt", ly: "x:ly-tsb", cy: null },
];
function Cell({ k, name }) {
  const [v, setV] = useState("");
  if (!k) return <span>eget skjema</span>;
  return (
    <TextField
      ariaLabel={name}
      data-k={k}
      value={v}
      onChange={(_, nv) => {
        setV(nv);
        model[k] = nv;
      }}
    />
  );
}
const columns = [
  { key: "name", name: "Tjeneste", fieldName: "name", isRowHeader: true, minWidth: 200 },
  {
    key: "ly",
    name: "Fjorårets tall (2024)",
    isIconOnly: true,
    iconName: "History",
    minWidth: 100,
    onRender: (r) => <Cell k={r.ly} name={r.name} />,
  },
  { key: "cy", name: "Plasser", minWidth: 100, onRender: (r) => <Cell k={r.cy} name={r.name} /> },
];
mount(
  <div>
    <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
    <DetailsList items={rows} columns={columns} selectionMode={SelectionMode.none} />
  </div>,
);
