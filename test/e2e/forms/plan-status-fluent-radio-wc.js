// A plan-status form built from Fluent UI web components (v3) radio groups, as a modern SharePoint
// page renders one: per measure a section named by its heading, a <fluent-radio-group> labelled
// "Status" whose <fluent-radio>s (roles through ElementInternals, no native input) are each labelled
// by a <fluent-field>'s <label>, in the order På plass / Under arbeid / Ikke startet and valued 1–3
// (so their place and value say nothing of the status: only the label does). The joint intake's
// group asks Ja / Nei / Delvis. window.__radioState() reads each group's own value.
import "@fluentui/web-components/field/define.js";
import "@fluentui/web-components/radio/define.js";
import "@fluentui/web-components/radio-group/define.js";
import { byArea, MEASURES } from "./plan-status-measures.ts";

const STATUS = ["På plass", "Under arbeid", "Ikke startet"];
const OTHER = ["Ja", "Nei", "Delvis"];

const radio = (name, text, index) => `<fluent-field label-position="after">
      <label slot="label">${text}</label>
      <fluent-radio slot="input" id="s-${name}-${index + 1}" value="${index + 1}"></fluent-radio>
    </fluent-field>`;

const measure = ({ name, label }) => `<section aria-labelledby="m-${name}"><h3 id="m-${name}">${label}</h3>
  <label id="l-${name}">Status</label>
  <fluent-radio-group id="s-${name}" name="s_${name}" aria-labelledby="l-${name}">
    ${(name === "joint_intake" ? OTHER : STATUS).map((text, index) => radio(name, text, index)).join("\n    ")}
  </fluent-radio-group>
</section>`;

document.getElementById("root").innerHTML = `<form onsubmit="return false"><h1>Status for tiltak</h1>
${byArea(MEASURES)
  .map(([area, measures]) => `<h2>${area}</h2>\n${measures.map(measure).join("\n")}`)
  .join("\n")}
</form>`;

window.__radioState = () =>
  Object.fromEntries(MEASURES.map(({ name }) => [name, document.getElementById(`s-${name}`).value ?? ""]));
