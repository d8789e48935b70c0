// Vue 3: columns from a v-for over years, a <num-cell> component per cell (v-model). The staffing
// rows "Sykepleiere …" and "Herav psykologspesialister" have only 2024's cells; 2025's say "–".
import { createApp, reactive } from "vue";

const rows = [
  ["Leger i alt", "physicians", true],
  ["Psykologer i alt", "psychologists", true],
  ["Sykepleiere med master i psykisk helse og rus", "nurses_mh_master", false],
  ["Herav psykologspesialister", "psychologist_specialists", false],
];
const app = createApp({
  setup() {
    const m = reactive({});
    window.hsoAppState = () => ({ ...m });
    const key = (y, id, kind) => (y === 2025 ? `staffing.${id}_${kind}` : `x:ly-${id}-${kind}`);
    return { m, rows, years: [2024, 2025], key };
  },
  mounted() {
    setTimeout(() => window.hsoStateReady?.(), 100);
  },
  template: `<h1>Bemanning 2025 – Sykehuset Telemark HF</h1>
  <table><thead>
    <tr><th rowspan="2">Yrkesgruppe</th><th v-for="y in years" :key="y" colspan="2">{{ y }}</th></tr>
    <tr><template v-for="y in years" :key="y"><th>Personer</th><th>Årsverk</th></template></tr>
  </thead><tbody>
    <tr v-for="[name, id, now] in rows" :key="id"><th>{{ name }}</th>
      <template v-for="y in years" :key="y">
        <template v-if="y === 2024 || now">
          <td><num-cell v-model="m[key(y, id, 'headcount')]" :k="key(y, id, 'headcount')" /></td>
          <td><num-cell v-model="m[key(y, id, 'fte')]" :k="key(y, id, 'fte')" /></td>
        </template>
        <td v-else colspan="2">–</td>
      </template>
    </tr>
  </tbody></table>`,
});
app.component("num-cell", {
  props: ["modelValue", "k"],
  emits: ["update:modelValue"],
  template: `<input :data-k="k" :value="modelValue" @input="$emit('update:modelValue', $event.target.value)" size="6">`,
});
app.mount("#root");
