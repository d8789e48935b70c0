import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { TEMPLATE_IDS, templateName } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { formatOrgNumber } from "../../shared/units/org-number";
import { findUnit, REPORTING_UNITS } from "../../shared/units/reporting-units";
import type { Say } from "./say";
import { yearsInWords } from "./sheet-years";
import { unitName, type WorkbookIdentity } from "./workbook-identity";

interface CreatePanelProps {
  say: Say;
  lang: Lang;
  /** The templates the workbook already has. */
  present: readonly TemplateId[];
  identity: WorkbookIdentity;
  defaultYear: number;
  busy: boolean;
  onCreate: (templates: TemplateId[], unit: string, year: number) => void;
}

/** Whether the workbook has templates, so new ones join its unit and year. */
const fixed = ({ present }: { present: readonly TemplateId[] }) => present.length > 0;

const titles = (ids: readonly TemplateId[], lang: Lang) => ids.map((id) => templateName(id, lang)).join(", ");

/**
 * Step 1: inserts the template sheets (the same layout the CLI writes). On a workbook that has
 * templates it says so and offers only the missing ones, for the workbook's own unit and year, so
 * one workbook never holds two units; unit and year default to the workbook's, never to a guess.
 */
export function CreatePanel(props: CreatePanelProps) {
  const { say, lang, present, identity } = props;
  const missing = TEMPLATE_IDS.filter((id) => !present.includes(id));
  const fixedUnit = present.length > 0 && identity.org !== undefined && findUnit(identity.org) !== undefined;
  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">{say("createHeading")}</h2>
      {present.length > 0 && (
        <p>
          {say("createHas", {
            unit: identity.org ? unitName(identity.org) : (identity.unitText ?? "–"),
            year: identity.year ?? "–",
            templates: titles(present, lang),
          })}
        </p>
      )}
      {missing.length === 0 ? (
        <p>{say("createAllThere")}</p>
      ) : identity.years ? (
        <p>{say("createYearsDisagree", { years: yearsInWords(identity.years, lang) })}</p>
      ) : (
        <CreateForm {...props} missing={missing} fixedUnit={fixedUnit} />
      )}
    </section>
  );
}

function CreateForm(props: CreatePanelProps & { missing: TemplateId[]; fixedUnit: boolean }) {
  const { say, lang, identity, defaultYear, busy, onCreate, missing, fixedUnit } = props;
  const [unit, setUnit] = useState(identity.org ?? "");
  const [year, setYear] = useState(String(identity.year ?? defaultYear));
  const [chosen, setChosen] = useState<TemplateId[]>(missing);
  const fixedYear = fixed(props) && identity.year !== undefined;
  const unitShown = fixedUnit ? (identity.org ?? "") : unit;
  const yearShown = fixedYear ? String(identity.year) : year;
  const yearNumber = Number(yearShown);
  const picked = chosen.filter((id) => missing.includes(id));
  const valid =
    findUnit(unitShown) !== undefined &&
    Number.isInteger(yearNumber) &&
    yearNumber >= 2000 &&
    yearNumber <= 2100 &&
    picked.length > 0;
  const toggle = (id: TemplateId, on: boolean) =>
    setChosen(missing.filter((other) => (other === id ? on : chosen.includes(other))));
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onCreate(picked, unitShown, yearNumber);
      }}
    >
      {fixed(props) && <p>{say("createMore")}</p>}
      <label for="create-unit">{say("unit")}</label>
      <select
        id="create-unit"
        value={unitShown}
        disabled={fixedUnit}
        onChange={(event) => setUnit(event.currentTarget.value)}
      >
        <option value="">{say("chooseUnit")}</option>
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
        value={yearShown}
        readOnly={fixedYear}
        onInput={(event) => setYear(event.currentTarget.value)}
      />
      <fieldset>
        <legend>{say("templates")}</legend>
        {missing.map((id) => (
          <label key={id} class="check">
            <input
              type="checkbox"
              checked={picked.includes(id)}
              onChange={(event) => toggle(id, event.currentTarget.checked)}
            />{" "}
            {templateName(id, lang)}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={busy || !valid}>
        {fixed(props) ? say("addTemplates") : say("create")}
      </button>
    </form>
  );
}
