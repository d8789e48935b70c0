// A watcher recomputes the (editable) total from the two parts whenever a part changes.
import { createApp, reactive, watch } from "vue";

const app = createApp({
  setup() {
    const m = reactive({
      "beds.phv_adult_hospital": "",
      "beds.phv_adult_dps": "",
      "beds.phv_adult_total": "",
    });
    const num = (s) => (String(s).trim() === "" ? null : Number(String(s).replace(",", ".")));
    watch(
      () => [m["beds.phv_adult_hospital"], m["beds.phv_adult_dps"]],
      ([a, b]) => {
        if (num(a) !== null && num(b) !== null)
          m["beds.phv_adult_total"] = String(num(a) + num(b)).replace(".", ",");
      },
    );
    window.hsoAppState = () => ({ ...m });
    return { m };
  },
  mounted() {
    setTimeout(() => window.hsoStateReady?.(), 100);
  },
  template: `<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
  <p><label for="h">PHV voksne, sykehusnivå</label><br><input id="h" data-k="beds.phv_adult_hospital" v-model="m['beds.phv_adult_hospital']"></p>
  <p><label for="d">PHV voksne, DPS</label><br><input id="d" data-k="beds.phv_adult_dps" v-model="m['beds.phv_adult_dps']"></p>
  <p><label for="t">PHV voksne, i alt</label><br><input id="t" data-k="beds.phv_adult_total" v-model="m['beds.phv_adult_total']"></p>`,
});
app.mount("#root");
