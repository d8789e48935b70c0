import { useState } from "preact/hooks";
import type { Lang } from "../../shared/messages/lang";
import type { SubmissionPackage } from "../../shared/package/submission-package";
import type { TemplateId } from "../../shared/templates/field";
import type { Say } from "./say";
import { numberIn, TrendChart } from "./trend-chart";
import { type CurrentFigure, trendFields, trendPoints } from "./trend-points";

interface TrendPanelProps {
  say: Say;
  lang: Lang;
  templates: readonly TemplateId[];
  packages: readonly SubmissionPackage[];
  errors: readonly string[];
  current: (fieldId: string) => CurrentFigure;
  onFiles: (files: File[]) => void;
  onClear: () => void;
}

/** A figure's history from earlier years' packages: a small chart and the same numbers as a table. */
export function TrendPanel(props: TrendPanelProps) {
  const { say, lang, templates, packages, errors, current, onFiles, onClear } = props;
  const fields = trendFields(templates);
  const [fieldId, setFieldId] = useState(fields[0]?.id ?? "");
  const field = fields.find((entry) => entry.id === fieldId) ?? fields[0];
  const points = field ? trendPoints(field.id, packages, current(field.id)) : [];
  const label = field?.label[lang] ?? "";
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">{say("trendHeading")}</h2>
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
      {errors.map((error) => (
        <p key={error} role="alert" class="error">
          {error}
        </p>
      ))}
      <label for="trend-field">{say("trendField")}</label>
      <select id="trend-field" value={field?.id} onChange={(event) => setFieldId(event.currentTarget.value)}>
        {fields.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label[lang]}
          </option>
        ))}
      </select>
      {points.length < 2 ? (
        <p>{say("trendEmpty")}</p>
      ) : (
        <figure>
          <TrendChart lang={lang} label={label} points={points} />
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
                <tr key={point.year}>
                  <th scope="row">{point.year}</th>
                  <td>{numberIn(lang, point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </figure>
      )}
      {packages.length > 0 && (
        <button type="button" onClick={onClear}>
          {say("clearTrend")}
        </button>
      )}
    </section>
  );
}
