// The year said only by the app's navigation: a Fluent Nav ("Rapporteringsår": 2023, 2024 (selected),
// 2025) and a Breadcrumb "Rapportering › 2024 › Døgnplasser". The form itself is headed "Døgnplasser".
import { Breadcrumb, Nav, Stack, TextField } from "@fluentui/react";
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
mount(
  <Stack horizontal tokens={{ childrenGap: 24 }}>
    <Nav
      selectedKey="2024"
      ariaLabel="Rapporteringsår"
      styles={{ root: { width: 180 } }}
      groups={[
        {
          name: "Rapporteringsår",
          links: [
            { key: "2023", name: "2023", url: "#/2023/dogn" },
            { key: "2024", name: "2024", url: "#/2024/dogn" },
            { key: "2025", name: "2025", url: "#/2025/dogn" },
          ],
        },
      ]}
    />
    <div style={{ width: 320 }}>
      <Breadcrumb
        items={[
          { text: "Rapportering", key: "r", href: "#/" },
          { text: "2024", key: "y", href: "#/2024" },
          { text: "Døgnplasser", key: "d", isCurrentItem: true },
        ]}
      />
      <h2>Døgnplasser</h2>
      <F label="PHV voksne, sykehusnivå" k="x:ly-hosp" />
      <F label="PHV voksne, DPS" k="x:ly-dps" />
      <F label="PHBU, i alt" k="x:ly-phbu" />
      <F label="TSB, i alt" k="x:ly-tsb" />
    </div>
  </Stack>,
);
