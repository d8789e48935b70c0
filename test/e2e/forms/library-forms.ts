import { bundlePage } from "./build-bundle";
import type { TestForm } from "./structured-forms";

const BEDS = {
  "beds.phv_adult_hospital": 40,
  "beds.phv_adult_dps": 63.5,
  "beds.phbu_total": 20,
  "beds.tsb_total": 30,
};

/** Fluent UI React v8 as SharePoint Framework uses it; the staffing tab is not rendered until chosen. */
export const FLUENT_REACT_FORM: TestForm = {
  path: "/fluent-react",
  year: 2025,
  html: bundlePage("Årlig rapportering (Fluent UI React)", "/fluent-react.js"),
  bundles: { "/fluent-react.js": "fluent-react-form.js" },
  values: {
    "beds.unit_org": "983975267",
    "beds.year": 2025,
    "beds.count_date": "2025-11-15",
    ...BEDS,
    "staffing.senior_consultants_headcount": 40,
  },
  expected: {
    "beds.unit_org": "[role=combobox]",
    "beds.year": "label:Rapporteringsår",
    "beds.count_date": "label:Telledato",
    "beds.phv_adult_hospital": "label:PHV voksne, sykehusnivå",
    "beds.phv_adult_dps": "label:PHV voksne, DPS",
    "beds.phbu_total": "label:PHBU, i alt",
    "beds.tsb_total": "label:TSB, i alt",
    // On the Bemanning tab, which Fluent's Pivot does not render while Døgnplasser is shown.
    "staffing.senior_consultants_headcount": null,
  },
  shows: { "beds.unit_org": "Sykehuset Telemark HF" },
};

/** Fluent UI web components: every input in a shadow root, the unit in a fluent-dropdown. */
export const FLUENT_WC_FORM: TestForm = {
  path: "/fluent-wc",
  year: 2025,
  html: bundlePage("Døgnplasser (Fluent web components)", "/fluent-wc.js"),
  bundles: { "/fluent-wc.js": "fluent-wc-form.js" },
  values: { "beds.unit_org": "983975267", ...BEDS, "beds.phv_adult_total": 103.5 },
  expected: {
    "beds.unit_org": "fluent-dropdown",
    "beds.phv_adult_hospital": "shadow:#hospital",
    "beds.phv_adult_dps": "shadow:#dps",
    "beds.phv_adult_total": "shadow:#total",
    "beds.phbu_total": "shadow:#phbu",
    "beds.tsb_total": "shadow:#tsb",
  },
  shows: { "beds.unit_org": "Sykehuset Telemark HF" },
};

/** Vue 3 with v-model.number; the groups' names are fieldset legends, the inputs say only "I alt". */
export const VUE_FORM: TestForm = {
  path: "/vue",
  year: 2025,
  html: bundlePage("Døgnplasser (Vue)", "/vue.js"),
  bundles: { "/vue.js": "vue-form.js" },
  values: { ...BEDS, "beds.phv_adult_total": 103.5, "beds.tsb_total": 30.25 },
  expected: {
    "beds.phv_adult_hospital": "fieldset:nth-of-type(1) label:nth-of-type(1) input",
    "beds.phv_adult_dps": "fieldset:nth-of-type(1) label:nth-of-type(2) input",
    "beds.phv_adult_total": "fieldset:nth-of-type(1) label:nth-of-type(3) input",
    "beds.phbu_total": "fieldset:nth-of-type(2) input",
    "beds.tsb_total": "fieldset:nth-of-type(3) input",
  },
};
