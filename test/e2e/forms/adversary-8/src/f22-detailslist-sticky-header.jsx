// DetailsList in a ScrollablePane with its header in a <Sticky> (Fluent's documented recipe): the
// header may be drawn in the pane's sticky container, outside the grid.
import {
  DetailsList,
  ScrollablePane,
  SelectionMode,
  Sticky,
  StickyPositionType,
  TextField,
} from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const rows = [
  { key: "hosp", name: "PHV voksne, sykehusnivå", y24: "x:ly-hosp", y25: "beds.phv_adult_hospital" },
  { key: "dps", name: "PHV voksne, DPS", y24: "x:ly-dps", y25: "beds.phv_adult_dps" },
  { key: "phbu", name: "PHBU, i alt", y24: "x:ly-phbu", y25: null },
  { key: "tsb", name: "TSB, i alt", y24: "x:ly-tsb", y25: null },
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
  { key: "y24", name: "2024", minWidth: 100, onRender: (r) => <Cell k={r.y24} name={r.name} /> },
  { key: "y25", name: "2025", minWidth: 100, onRender: (r) => <Cell k={r.y25} name={r.name} /> },
];
const header = (props, render) => (
  <Sticky stickyPosition={StickyPositionType.Header} isScrollSynced>
    {render({ ...props })}
  </Sticky>
);
mount(
  <div>
    <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
    <div style={{ position: "relative", height: 260 }}>
      <ScrollablePane>
        <DetailsList
          items={rows}
          columns={columns}
          selectionMode={SelectionMode.none}
          onRenderDetailsHeader={header}
        />
      </ScrollablePane>
    </div>
  </div>,
);
