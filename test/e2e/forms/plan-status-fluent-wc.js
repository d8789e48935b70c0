// A plan-status form built from Fluent UI web components, as a modern SharePoint page renders one:
// per measure a section named by its heading, a <fluent-dropdown> for the status (its options in
// a <fluent-listbox>, roles set through ElementInternals, not attributes) and a <fluent-textarea>
// whose <textarea> sits in a shadow root. window.__wcState() reads the components' own values.
import "@fluentui/web-components/dropdown/define.js";
import "@fluentui/web-components/listbox/define.js";
import "@fluentui/web-components/option/define.js";
import "@fluentui/web-components/textarea/define.js";
import { byArea, MEASURES } from "./plan-status-measures.ts";

const OPTIONS = [
  ["not_started", "Ikke startet"],
  ["in_progress", "Under arbeid"],
  ["in_place", "På plass"],
];

const measure = ({ name, label }) => `<section aria-labelledby="m-${name}"><h3 id="m-${name}">${label}</h3>
  <label id="l-${name}">Status</label>
  <fluent-dropdown id="s-${name}" aria-labelledby="l-${name}" placeholder="Velg status">
    <fluent-listbox>${OPTIONS.map(([value, text]) => `<fluent-option value="${value}">${text}</fluent-option>`).join("")}</fluent-listbox>
  </fluent-dropdown>
  <fluent-textarea id="c-${name}"><span slot="label">Kommentar</span></fluent-textarea>
</section>`;

document.getElementById("root").innerHTML = `<form onsubmit="return false"><h1>Status for tiltak</h1>
${byArea(MEASURES)
  .map(([area, measures]) => `<h2>${area}</h2>\n${measures.map(measure).join("\n")}`)
  .join("\n")}
</form>`;

window.__wcState = () =>
  Object.fromEntries(
    MEASURES.flatMap(({ name }) => [
      [`s-${name}`, document.getElementById(`s-${name}`).value ?? ""],
      [`c-${name}`, document.getElementById(`c-${name}`).value ?? ""],
    ]),
  );
