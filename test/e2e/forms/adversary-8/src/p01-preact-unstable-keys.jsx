// Preact, controlled inputs in rows keyed by Math.random(): every render (every input event)
// throws away all input elements and draws new ones from the model.
import { render } from "preact";
import { useState } from "preact/hooks";

const rows = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "beds.phv_adult_dps"],
  ["PHBU, i alt", "beds.phbu_total"],
  ["TSB, i alt", "beds.tsb_total"],
];
const model = {};
window.hsoAppState = () => ({ ...model });
function App() {
  const [v, setV] = useState({});
  return (
    <div>
      <h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
      <table>
        <tbody>
          {rows.map(([name, k]) => (
            <tr key={Math.random()}>
              <th>
                <label for={k}>{name}</label>
              </th>
              <td>
                <input
                  id={k}
                  data-k={k}
                  value={v[k] ?? ""}
                  onInput={(e) => {
                    const nv = e.currentTarget.value;
                    model[k] = nv;
                    setV((o) => ({ ...o, [k]: nv }));
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
render(<App />, document.getElementById("root"));
setTimeout(() => window.hsoStateReady?.(), 300);
