// A SharePoint-Framework-style web part with Fluent UI React v8: Pivot tabs, TextField (generated ids
// TextField12…), Dropdown for the unit, SpinButton, DatePicker, a "%" suffix. The form's own state
// (React) is exposed to the tester as window.hsoAppState() (state.js posts it).
import { DatePicker, DayOfWeek, Dropdown, initializeIcons, Pivot, PivotItem, SpinButton, TextField, Checkbox } from "@fluentui/react";
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";

initializeIcons(undefined, { disableWarnings: true });
const state = { beds: {}, staffing: {}, unit: "", year: "", date: null, confirm: true, contact: "" };
window.hsoAppState = () => JSON.parse(JSON.stringify(state));

const UNITS = [
  { key: "974631407", text: "Sykehuset Innlandet HF" },
  { key: "983975267", text: "Sykehuset Telemark HF" },
  { key: "983975259", text: "Sykehuset i Vestfold HF" },
];
const fmt = (d) => (d ? `${String(d.getDate()).padStart(2, "0")}.${String(d.getMonth() + 1).padStart(2, "0")}.${d.getFullYear()}` : "");
const parse = (s) => {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s.trim());
  return m ? new Date(Number(m[3]), Number(m[2]) - 1, Number(m[1])) : null;
};

function Field({ group, name, label, k, ...rest }) {
  const [value, setValue] = useState("");
  return (
    <TextField
      label={label}
      value={value}
      data-k={k}
      onChange={(_, v) => {
        // Controlled, as SPFx forms are: the state takes only digits and one comma.
        const clean = (v ?? "").replace(/[^0-9,]/g, "");
        setValue(clean);
        state[group][name] = clean;
      }}
      {...rest}
    />
  );
}

function App() {
  const [unit, setUnit] = useState();
  const [date, setDate] = useState(null);
  const [showContact, setShowContact] = useState(false);
  const [spin, setSpin] = useState("");
  useEffect(() => {
    // An optional field appears at the top after the user's profile has loaded.
    const t = setTimeout(() => setShowContact(true), 800);
    return () => clearTimeout(t);
  }, []);
  return (
    <div style={{ maxWidth: 640, margin: "1rem auto", fontFamily: "Segoe UI" }}>
      <h1>Døgnplasser og bemanning 2025</h1>
      {showContact && <TextField label="Kontaktperson (valgfritt)" onChange={(_, v) => (state.contact = v)} />}
      <Dropdown
        label="Rapporterende enhet (org.nr.)"
        placeholder="Velg enhet"
        options={UNITS}
        selectedKey={unit}
        data-k="beds.unit_org"
        onChange={(_, o) => {
          setUnit(o.key);
          state.unit = o.key;
        }}
      />
      <TextField label="Rapporteringsår" data-k="beds.year" onChange={(_, v) => (state.year = v)} />
      <DatePicker
        label="Telledato"
        placeholder="dd.mm.åååå"
        allowTextInput
        firstDayOfWeek={DayOfWeek.Monday}
        formatDate={fmt}
        parseDateFromString={parse}
        value={date}
        data-k="beds.count_date"
        onSelectDate={(d) => {
          setDate(d);
          state.date = d ? d.toISOString().slice(0, 10) : null;
        }}
      />
      <Pivot aria-label="Skjemadeler">
        <PivotItem headerText="Døgnplasser">
          <Field group="beds" name="hospital" label="PHV voksne, sykehusnivå" k="beds.phv_adult_hospital" />
          <Field group="beds" name="dps" label="PHV voksne, DPS" k="beds.phv_adult_dps" />
          <Field group="beds" name="total" label="PHV voksne, i alt" k="beds.phv_adult_total" />
          <Field group="beds" name="tsb" label="TSB, i alt" k="beds.tsb_total" />
          <SpinButton
            label="Herav midlertidig stengt"
            min={0}
            max={500}
            step={1}
            value={spin}
            data-k="beds.temporarily_closed"
            onChange={(_, v) => {
              setSpin(v ?? "");
              state.beds.closed = v;
            }}
          />
          <Checkbox label="Bekreft at tallene er kontrollert" defaultChecked onChange={(_, c) => (state.confirm = c)} />
        </PivotItem>
        <PivotItem headerText="Fjorårets tall (2024)">
          <Field group="beds" name="prevHospital" label="PHV voksne, sykehusnivå" k="x:prev_hospital" />
        </PivotItem>
        <PivotItem headerText="Bemanning">
          <Field group="staffing" name="sick" label="Sykefravær" suffix="%" k="staffing.sick_leave_pct" />
        </PivotItem>
      </Pivot>
    </div>
  );
}

createRoot(document.getElementById("root")).render(<App />);
setTimeout(() => window.hsoStateReady?.(), 1200);
