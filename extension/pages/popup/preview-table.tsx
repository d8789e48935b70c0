import type { Lang } from "../../../shared/messages/lang";
import { constraintWords } from "../../i18n/constraint-words";
import { locatorProblemWords } from "../../i18n/locator-words";
import { outcomeWords } from "../../i18n/outcome-words";
import { pageWord } from "../../i18n/page-words";
import type { FigureRow, Preview } from "../../messages";
import { fieldText, rowLabel, scoreText } from "./row-text";

/** Props of the preview. */
export interface PreviewTableProps {
  lang: Lang;
  preview: Preview;
  ticked: ReadonlySet<string>;
  overwrite: boolean;
  onTick: (row: FigureRow, on: boolean) => void;
}

/** Whether a row can be filled on confirming: planned, or holding another value with overwrite chosen. */
export function isFillable(row: FigureRow, overwrite: boolean): boolean {
  return (
    row.field !== undefined && (row.outcome === "planned" || (overwrite && row.outcome === "mismatched"))
  );
}

/**
 * Before anything is written: one row per figure, with the field it will go to (label and
 * section, marked on the page by the engine), how sure the match is and what the field holds
 * now. Rows that will be filled have a tick box; the others say why not.
 */
export function PreviewTable({ lang, preview, ticked, overwrite, onTick }: PreviewTableProps) {
  return (
    <table class="preview">
      <caption>{pageWord(lang, "previewTitle")}</caption>
      <thead>
        <tr>
          <th scope="col">{pageWord(lang, "colFill")}</th>
          <th scope="col">{pageWord(lang, "colFigure")}</th>
          <th scope="col">{pageWord(lang, "colField")}</th>
          <th scope="col">{pageWord(lang, "colScore")}</th>
          <th scope="col">{pageWord(lang, "colNow")}</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((row) => {
          const label = rowLabel(lang, row, preview.labels);
          const key = row.ids.join("+");
          const fillable = isFillable(row, overwrite);
          return (
            <tr key={key} class={fillable ? undefined : "muted"}>
              <td>
                {fillable ? (
                  <input
                    type="checkbox"
                    aria-label={pageWord(lang, "tickRow", { label })}
                    checked={row.ids.every((id) => ticked.has(id))}
                    onChange={(event) => onTick(row, event.currentTarget.checked)}
                  />
                ) : (
                  // Why a row with a field is not filled (holds another value, hidden, read-only …).
                  row.field && outcomeWords(lang, row.outcome).title
                )}
              </td>
              <th scope="row">
                {label}
                {row.expected !== undefined && <>: {row.expected}</>}
              </th>
              <td>
                {row.field ? fieldText(row.field) : <Why lang={lang} row={row} labels={preview.labels} />}
                {/* A list the fill would refuse: the options that both stand for the figure, or those it offers. */}
                {row.field && row.options && row.options.length > 0 && (
                  <>
                    {". "}
                    {pageWord(lang, "options", { list: row.options.join(", ") })}
                  </>
                )}
                {row.field && row.sharedWith && row.sharedWith.length > 0 && (
                  <>. {pageWord(lang, "sharedName", { list: row.sharedWith.join(", ") })}</>
                )}
              </td>
              <td>{row.field ? scoreText(lang, row.field.score) : ""}</td>
              <td>{row.field ? row.field.current || pageWord(lang, "empty") : ""}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Why a row has no field to go to: its outcome's reason, and the candidates when unclear. */
export function Why(props: { lang: Lang; row: FigureRow; labels: Preview["labels"]; brief?: boolean }) {
  const { lang, row, labels } = props;
  const words = outcomeWords(lang, row.outcome);
  return (
    <>
      {!props.brief && <strong>{words.title}: </strong>}
      {words.reason}
      {row.constraint !== undefined && <>: {constraintWords(lang, row.constraint)}</>}
      {row.locatorProblem !== undefined && <>: {locatorProblemWords(lang, row.locatorProblem)}</>}
      {row.candidates && row.candidates.length > 0 && (
        <>
          {". "}
          {pageWord(lang, "candidates", { list: row.candidates.map(fieldText).join("; ") })}
        </>
      )}
      {row.options && row.options.length > 0 && (
        <>. {pageWord(lang, "options", { list: row.options.join(", ") })}</>
      )}
      {row.sharedWith && row.sharedWith.length > 0 && (
        <>. {pageWord(lang, "sharedName", { list: row.sharedWith.join(", ") })}</>
      )}
      {row.rivals && row.rivals.length > 0 && (
        <>
          . {pageWord(lang, "rivals", { list: row.rivals.map((id) => labels[id]?.[lang] ?? id).join(", ") })}
        </>
      )}
    </>
  );
}
