// A component library bug: every <num-field> uses id="num-field", so all four labels point at the
// first input (its accessible name is all four labels together); the others have no label of their own.
import { createApp, reactive } from "vue";

const app = createApp({
  setup() {
    const m = reactive({});
    window.hsoAppState = () => ({ ...m });
    return { m };
  },
  mounted() {
    setTimeout(() => window.hsoStateReady?.(), 100);
  },
  template: `<h1>Døgnplasser 2025 – Sykehuset Telemark HF</h1>
  <num-field label="PHV voksne, sykehusnivå" k="beds.phv_adult_hospital" v-model="m['beds.phv_adult_hospital']" />
  <num-field label="PHV voksne, DPS" k="beds.phv_adult_dps" v-model="m['beds.phv_adult_dps']" />
  <num-field label="PHBU, i alt" k="beds.phbu_total" v-model="m['beds.phbu_total']" />
  <num-field label="TSB, i alt" k="beds.tsb_total" v-model="m['beds.tsb_total']" />`,
});
app.component("num-field", {
  props: ["modelValue", "k", "label"],
  emits: ["update:modelValue"],
  template: `<div class="field"><label for="num-field">{{ label }}</label><br>
    <input id="num-field" :data-k="k" :value="modelValue" @input="$emit('update:modelValue', $event.target.value)"></div>`,
});
app.mount("#root");
