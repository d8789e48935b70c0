// A bed return in Vue 3 with `v-model.number` (the state holds numbers, not text) and the
// structure as the labels: a fieldset per group, "Sykehusnivå" / "DPS" / "I alt" inside it.
// window.__vueState is the component's reactive state.
import { createApp, reactive } from "vue";

const state = reactive({ hospital: "", dps: "", total: "", phbu: "", tsb: "", note: "" });
window.__vueState = state;

createApp({
  setup: () => ({ state }),
  template: `<form @submit.prevent>
  <h1>Døgnplasser</h1>
  <fieldset><legend>PHV voksne</legend>
    <label>Sykehusnivå <input type="number" step="0.5" v-model.number="state.hospital"></label>
    <label>DPS <input type="number" step="0.5" v-model.number="state.dps"></label>
    <label>I alt <input type="number" step="0.5" v-model.number="state.total"></label>
  </fieldset>
  <fieldset><legend>PHBU</legend>
    <label>I alt <input type="number" step="0.5" v-model.number="state.phbu"></label>
  </fieldset>
  <fieldset><legend>TSB</legend>
    <label>I alt <input inputmode="decimal" pattern="\\d+(\\.\\d{1,2})?" v-model.number="state.tsb"></label>
  </fieldset>
  <label>Kommentar <textarea v-model="state.note"></textarea></label>
</form>`,
}).mount("#root");
