import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { TEMPLATE_IDS, templateName } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { formatOrgNumber } from "../../shared/units/org-number";
import { REPORTING_UNITS } from "../../shared/units/reporting-units";
import type { Say } from "./say";

interface CreatePanelProps {
  say: Say;
  lang: Lang;
  defaultYear: number;
  busy: boolean;
  onCreate: (templates: TemplateId[], unit: string, year: number) => void;
}

/** Inserts the template sheets for a chosen unit and year (the same layout the CLI writes). */
export function CreatePanel({ say, lang, defaultYear, busy, onCreate }: CreatePanelProps) {
  const [unit, setUnit] = useState(REPORTING_UNITS[0]?.org ?? "");
  const [year, setYear] = useState(String(defaultYear));
  const [chosen, setChosen] = useState<TemplateId[]>([...TEMPLATE_IDS]);
  const yearNumber = Number(year);
  const valid = Number.isInteger(yearNumber) && yearNumber >= 2000 && yearNumber <= 2100 && chosen.length > 0;
  const toggle = (id: TemplateId, on: boolean) =>
    setChosen(TEMPLATE_IDS.filter((other) => (other === id ? on : chosen.includes(other))));
  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">{say("createHeading")}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onCreate(chosen, unit, yearNumber);
        }}
      >
        <label for="create-unit">{say("unit")}</label>
        <select id="create-unit" value={unit} onChange={(event) => setUnit(event.currentTarget.value)}>
          {REPORTING_UNITS.map((entry) => (
            <option key={entry.org} value={entry.org}>
              {entry.name} ({formatOrgNumber(entry.org)})
            </option>
          ))}
        </select>
        <label for="create-year">{say("year")}</label>
        <input
          id="create-year"
          type="number"
          min={2000}
          max={2100}
          step={1}
          value={year}
          onInput={(event) => setYear(event.currentTarget.value)}
        />
        <fieldset>
          <legend>{say("templates")}</legend>
          {TEMPLATE_IDS.map((id) => (
            <label key={id} class="check">
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(event) => toggle(id, event.currentTarget.checked)}
              />{" "}
              {templateName(id, lang)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy || !valid}>
          {say("create")}
        </button>
      </form>
    </section>
  );
}
