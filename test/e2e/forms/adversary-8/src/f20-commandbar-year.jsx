// The year is chosen in a CommandBar menu button whose text shows it: "Rapporteringsår: 2024".
import { CommandBar, Stack, TextField } from "@fluentui/react";
import { useState } from "react";
import { model, mount } from "./mount.jsx";

const fields = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "beds.phv_adult_dps"],
  ["PHBU, i alt", "beds.phbu_total"],
  ["TSB, i alt", "beds.tsb_total"],
];
function App() {
  const [year, setYear] = useState("2024");
  const [v, setV] = useState({});
  const items = [
    {
      key: "year",
      text: `Rapporteringsår: ${year}`,
      iconProps: { iconName: "Calendar" },
      subMenuProps: {
        items: ["2023", "2024", "2025"].map((y) => ({ key: y, text: y, onClick: () => setYear(y) })),
      },
    },
    { key: "save", text: "Lagre", iconProps: { iconName: "Save" } },
    { key: "send", text: "Send inn", iconProps: { iconName: "Send" } },
  ];
  return (
    <div style={{ width: 480 }}>
      <h1>Døgnplasser – Sykehuset Telemark HF</h1>
      <CommandBar items={items} />
      <Stack tokens={{ childrenGap: 8 }} styles={{ root: { width: 320 } }}>
        {fields.map(([label, id]) => {
          const k = year === "2025" ? id : `x:ly-${id.split(".")[1]}`;
          return (
            <TextField
              key={k}
              label={label}
              data-k={k}
              value={v[k] ?? ""}
              onChange={(_, nv) => {
                setV((o) => ({ ...o, [k]: nv }));
                model[k] = nv;
              }}
            />
          );
        })}
      </Stack>
    </div>
  );
}
mount(<App />);
