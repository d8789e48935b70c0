import type { Lang } from "../../shared/messages/lang";
import type { Outcome } from "../content/content-api";
import { restoredWords } from "../i18n/constraint-words";
import { countWord } from "../i18n/count-words";
import { invalidCssWords } from "../i18n/locator-words";
import { outcomeWords } from "../i18n/outcome-words";
import { pageWord, type WordKey } from "../i18n/page-words";
import type { FigureRow, FillResult, SkippedFrame } from "../messages";
import { Why } from "./popup/preview-table";
import { changedByPage, fieldText, rowLabel } from "./popup/row-text";

const FRAME_REASONS: Record<SkippedFrame["reason"], WordKey> = {
  unreachable: "frameUnreachable",
  other_origin: "frameOtherOrigin",
  outside_profile: "frameOutsideProfile",
  other_unit: "frameOtherUnit",
  other_year: "frameOtherYear",
};

// What the user must act on comes first; what went well last.
const ORDER: readonly Outcome[] = [
  "not_kept",
  "user_changed",
  "unreadable",
  "mismatched",
  "ambiguous",
  "changed",
  "no_option",
  "refused",
  "not_found",
  "hidden",
  "readonly",
  "disabled",
  "pending",
  "not_chosen",
  "planned",
  "matched",
  "filled",
];

/** Props of the report. */
export interface FillResultViewProps {
  lang: Lang;
  result: FillResult;
  /** Shown above the result when it is an earlier one. */
  heading?: string | undefined;
}

/**
 * A fill's or check's honest report: the page it was for, then one group per outcome (filled,
 * unclear with its candidates, not found, hidden, read-only, disabled, …) each with its reason,
 * a field shared by two templates counted once, and the frames that got nothing, named.
 */
export function FillResultView({ lang, result, heading }: FillResultViewProps) {
  const groups = ORDER.map((outcome) => ({
    outcome,
    rows: result.rows.filter((row) => row.outcome === outcome),
  }));
  return (
    <section aria-label={heading ?? pageWord(lang, result.mode === "fill" ? "fill" : "check")}>
      {heading && <h2>{heading}</h2>}
      <p class="muted">
        {pageWord(lang, "pageOrigin")} {result.origin}
      </p>
      {result.stopped && <p class="error">{pageWord(lang, "stoppedPageChanged")}</p>}
      {result.reloadMissed && (
        <p>{pageWord(lang, "reloadMissed", { s: result.reloadMissed.waitedMs / 1000 })}</p>
      )}
      <p>
        <strong>
          {groups
            .filter((group) => group.rows.length > 0)
            .map(
              (group) =>
                `${outcomeWords(lang, group.outcome).title}: ${countWord(lang, "fields", group.rows.length)}`,
            )
            .join(" · ")}
        </strong>
      </p>
      {result.mode === "fill" && <ChangedByPage lang={lang} result={result} />}
      {result.afterFill && <AfterFill lang={lang} seen={result.afterFill} />}
      {groups.map((group) => (
        <OutcomeGroup
          key={group.outcome}
          lang={lang}
          result={result}
          outcome={group.outcome}
          rows={group.rows}
        />
      ))}
      <Group title={pageWord(lang, "skippedFrames")} className="warning">
        {result.skippedFrames.map((frame) => (
          <li key={`${frame.url} ${frame.title ?? ""}`}>
            {frame.url}
            {frame.title ? ` «${frame.title}»` : ""} – {pageWord(lang, FRAME_REASONS[frame.reason])}
          </li>
        ))}
      </Group>
      <Group title={pageWord(lang, "frameErrors")} className="error">
        {result.frameErrors.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </Group>
    </section>
  );
}

/**
 * Fields written that the page's own code changed (at once or later): how many, and by their
 * labels those that would not take their old value back, which hold a figure nobody typed.
 */
function ChangedByPage({ lang, result }: { lang: Lang; result: FillResult }) {
  const rows = changedByPage(result.rows);
  if (rows.length === 0) return null;
  const lost = rows.filter((row) => row.restored === false);
  return (
    <>
      <p class="warning">
        {rows.length === 1
          ? pageWord(lang, "writtenChangedOne")
          : pageWord(lang, "writtenChanged", { count: countWord(lang, "fields", rows.length) })}
      </p>
      {lost.length > 0 && (
        <p class="error">
          {pageWord(lang, "notRestored", {
            list: lost.map((row) => rowLabel(lang, row, result.labels)).join(", "),
          })}
        </p>
      )}
    </>
  );
}

/** What the late read-back saw: fields the page changed after the fill, or a page still at work. */
function AfterFill({ lang, seen }: { lang: Lang; seen: NonNullable<FillResult["afterFill"]> }) {
  return (
    <>
      {seen.changed > 0 && (
        <p class="error">
          {pageWord(lang, "afterFillChanged", { count: countWord(lang, "fields", seen.changed) })}
        </p>
      )}
      {seen.busy && (
        <p class="warning">
          {pageWord(lang, "afterFillBusy", { seconds: Math.round(seen.watchedMs / 1000) })}
        </p>
      )}
      {seen.reloaded && <p class="warning">{pageWord(lang, "afterFillReloaded")}</p>}
      {seen.changed === 0 && !seen.busy && !seen.reloaded && (
        <p class="muted">{pageWord(lang, "afterFillKept")}</p>
      )}
    </>
  );
}

const GOOD: ReadonlySet<Outcome> = new Set(["filled", "matched", "planned", "pending"]);
/** Rows whose report says what the package has and what the page holds. */
const SHOWS_VALUES: ReadonlySet<Outcome> = new Set(["mismatched", "not_kept", "user_changed", "unreadable"]);

function OutcomeGroup(props: { lang: Lang; result: FillResult; outcome: Outcome; rows: FigureRow[] }) {
  const { lang, result, outcome, rows } = props;
  const className =
    outcome === "mismatched" || outcome === "ambiguous" || outcome === "not_kept"
      ? "error"
      : GOOD.has(outcome)
        ? undefined
        : "warning";
  return (
    <Group title={outcomeWords(lang, outcome).title} className={className}>
      {rows.map((row) => (
        <li key={row.ids.join("+")}>
          {rowLabel(lang, row, result.labels)}
          {row.field && <> → {fieldText(row.field)}</>}
          {SHOWS_VALUES.has(row.outcome) && row.expected !== undefined && (
            <>
              {": "}
              {pageWord(lang, "expectedActual", {
                expected: row.expected,
                actual: row.actual ? row.actual : pageWord(lang, "empty"),
              })}
              {row.restored !== undefined && row.overwritten === undefined && (
                <> – {restoredWords(lang, row.restored)}</>
              )}
              {row.restored === undefined && holdsZero(row) && <> – {pageWord(lang, "holdsZero")}</>}
            </>
          )}
          {row.overwritten !== undefined && (
            <> – {pageWord(lang, "overwritten", { before: row.overwritten || pageWord(lang, "empty") })}</>
          )}
          {row.invalidCss && <> – {invalidCssWords(lang, row.invalidCss)}</>}
          {!GOOD.has(outcome) && (outcome === "user_changed" || !SHOWS_VALUES.has(outcome)) && (
            <>
              {" – "}
              <Why lang={lang} row={row} labels={result.labels} brief />
            </>
          )}
        </li>
      ))}
    </Group>
  );
}

/**
 * A field left alone because it holds 0 (a form that starts every box at 0): only empty fields are
 * filled unless the user chooses overwrite, since a 0 the page shows may be a saved figure
 * (docs/extension.md, "A field that holds 0"). The report says so and names the choice.
 */
function holdsZero(row: FigureRow): boolean {
  const zero = (text: string | undefined) => text !== undefined && /^\s*0+([.,]0+)?\s*$/.test(text);
  return zero(row.actual) && !zero(row.expected);
}

function Group({
  title,
  className,
  children,
}: {
  title: string;
  className?: string | undefined;
  children: unknown[];
}) {
  if (children.length === 0) return null;
  return (
    <>
      <h3 class={className}>
        {title} ({children.length})
      </h3>
      <ul>{children}</ul>
    </>
  );
}
