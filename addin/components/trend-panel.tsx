import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import { allFields } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import type { Say } from "./say";
import { StatusHistoryTable } from "./status-history";
import { type CurrentStatus, statusHistory } from "./status-history-rows";
import { numberIn, TrendChart } from "./trend-chart";
import {
  type CurrentFigure,
  defaultTrendField,
  packagesOfUnit,
  trendFields,
  trendPoints,
} from "./trend-points";
import { leftOutLine, trendSources } from "./trend-sources";
import type { TrendPackage } from "./use-trend";
import { unitName } from "./workbook-identity";

interface TrendPanelProps {
  say: Say;
  lang: Lang;
  templates: readonly TemplateId[];
  /** The workbook's unit; without one, the first loaded package's unit is the trend's. */
  unitOrg: string | undefined;
  loaded: readonly TrendPackage[];
  errors: readonly string[];
  current: (fieldId: string) => CurrentFigure;
  /** A status field's state in the workbook, for the status history of the plan's measures. */
  currentStatus: (fieldId: string) => CurrentStatus;
  onFiles: (files: File[]) => void;
  onClear: () => void;
}

/** The status fields of the templates in the workbook (the plan's measures). */
function statusFields(templates: readonly TemplateId[]) {
  return allFields().filter((field) => field.kind === "status" && templates.includes(field.template));
}

/**
 * A figure's history from earlier years' packages of one unit: a chart and the same numbers as a
 * table. Shown under the trend's heading once opened (trend-disclosure.tsx).
 */
export function TrendPanel(props: TrendPanelProps) {
  const { say, lang, templates, loaded, errors, current, onFiles, onClear } = props;
  const {
    unit,
    included: ofUnit,
    excluded,
  } = packagesOfUnit(
    loaded.map((entry) => entry.pkg),
    props.unitOrg,
  );
  const own = props.unitOrg === unit;
  const sources = trendSources(
    loaded.filter((entry) => ofUnit.includes(entry.pkg)),
    own ? current("").year : undefined,
  );
  const included = sources.included;
  const fields = trendFields(templates);
  const [chosen, setChosen] = useState<string>();
  // The workbook's own figures join only a trend of its own unit.
  const pointsOf = (id: string) => trendPoints(id, included, own ? current(id) : {});
  const field =
    fields.find((entry) => entry.id === chosen) ??
    defaultTrendField(fields, (entry) => pointsOf(entry.id).length);
  const points = field ? pointsOf(field.id) : [];
  const label = field?.label[lang] ?? "";
  const left = loaded.filter((entry) => excluded.includes(entry.pkg));
  // Statuses are no figures: they get a history of words, never a line.
  const statuses = statusHistory(statusFields(templates), included, own ? props.currentStatus : () => ({}));
  return (
    <>
      <label for="trend-files">{say("trendChoose")}</label>
      <input
        id="trend-files"
        type="file"
        multiple
        accept=".json,application/json"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length) onFiles(files);
        }}
      />
      {[
        ...errors,
        ...left.map((entry) =>
          say("trendOtherUnit", {
            file: entry.file,
            unit: unitName(entry.pkg.unit.org),
            expected: unit ? unitName(unit) : "",
          }),
        ),
        ...sources.left.map((entry) => leftOutLine(entry.file, entry.reason, lang)),
      ].map((error) => (
        <p key={error} role="alert" class="error">
          {error}
        </p>
      ))}
      {statuses.years.length > 0 && (
        <StatusHistoryTable
          say={say}
          lang={lang}
          history={statuses}
          currentYear={own ? current("").year : undefined}
        />
      )}
      {fields.length > 0 && (
        <>
          <label for="trend-field">{say("trendField")}</label>
          <select
            id="trend-field"
            value={field?.id}
            onChange={(event) => setChosen(event.currentTarget.value)}
          >
            {fields.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.label[lang]}
              </option>
            ))}
          </select>
          {points.length < 2 || !field ? (
            <p>{say("trendEmpty")}</p>
          ) : (
            <figure>
              {unit && <figcaption>{say("trendFor", { unit: unitName(unit) })}</figcaption>}
              <TrendChart
                say={say}
                lang={lang}
                label={label}
                unit={field.unit?.[lang] ?? ""}
                points={points}
              />
              <table>
                <caption>{say("trendTableCaption", { field: label })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{say("year")}</th>
                    <th scope="col">{label}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((point) => (
                    <tr key={point.year} class={point.current ? "current" : undefined}>
                      <th scope="row">
                        {point.year}
                        {point.current ? ` (${say("trendCurrent")})` : ""}
                      </th>
                      <td>{numberIn(lang, point.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </figure>
          )}
        </>
      )}
      {loaded.length > 0 && (
        <button type="button" onClick={onClear}>
          {say("clearTrend")}
        </button>
      )}
    </>
  );
}
