// Vue 3: v-for rows, v-model.number on text inputs (a Norwegian user types "20,5"; Vue's .number
// modifier keeps parseFloat("20,5") = 20 in the model while the box still shows "20,5"). A watcher
// puts the sum of the rows into "Døgnplasser i alt" whenever a row changes.
import { createApp, reactive, watch } from "vue";

const rows = [
  ["PHV voksne, sykehusnivå", "beds.phv_adult_hospital"],
  ["PHV voksne, DPS", "beds.phv_adult_dps"],
  ["PHBU, i alt", "beds.phbu_total"],
  ["TSB, i alt", "beds.tsb_total"],
];
const app = createApp({
  setup() {
    const m = reactive(Object.fromEntries([...rows.map((r) => [r[1], ""]), ["beds.all_total", ""]]));
    watch(
      () => rows.map((r) => m[r[1]]),
      (vals) => {
        const nums = vals.filter((x) => typeof x === "number");
        if (nums.length) m["beds.all_total"] = nums.reduce((a, b) => a + b, 0);
      },
    );
    window.hsoAppState = () => ({ ...m });
    return { m, rows };
  },
  mounted() {
    setTimeout(() => window.hsoStateReady?.(), 100);
  },
  template: `<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
  <table><thead><tr><th>Tjeneste</th><th>Plasser</th></tr></thead><tbody>
  <tr v-for="[name, k] in rows" :key="k"><th>{{ name }}</th><td><input type="text" :data-k="k" v-model.number="m[k]"></td></tr>
  <tr><th>Døgnplasser i alt</th><td><input type="text" data-k="beds.all_total" v-model.number="m['beds.all_total']"></td></tr>
  </tbody></table>`,
});
app.mount("#root");
