// DetailsList with groups (GroupedList): "Fjorårets tall (2024) – til kontroll" first (all four
// services), then "Årets tall (2025)" (PHV rows only). One number column "Antall plasser"; each box
// named by ariaLabel = its service. The year is said only by the group header row.
import { DetailsList, SelectionMode, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const items = [
  { key: "a", name: "PHV voksne, sykehusnivå", k: "x:ly-hosp" },
  { key: "b", name: "PHV voksne, DPS", k: "x:ly-dps" },
  { key: "c", name: "PHBU, i alt", k: "x:ly-phbu" },
  { key: "d", name: "TSB, i alt", k: "x:ly-tsb" },
  { key: "e", name: "PHV voksne, sykehusnivå", k: "beds.phv_adult_hospital" },
  { key: "f", name: "PHV voksne, DPS", k: "beds.phv_adult_dps" },
];
const groups = [
  { key: "g24", name: "Fjorårets tall (2024) – til kontroll", startIndex: 0, count: 4, level: 0 },
  { key: "g25", name: "Årets tall (2025)", startIndex: 4, count: 2, level: 0 },
];
function Cell({ k, name }) {
  const [v, setV] = useState("");
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
  { key: "n", name: "Antall plasser", minWidth: 100, onRender: (r) => <Cell k={r.k} name={r.name} /> },
];
mount(
  <div>
    <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
    <DetailsList items={items} groups={groups} columns={columns} selectionMode={SelectionMode.none} />
  </div>,
);
