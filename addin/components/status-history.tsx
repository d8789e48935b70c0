import type { Lang } from "../../shared/messages/lang";
import { choiceWords, STATUS_CHOICES } from "../../shared/templates/choices";
import type { Say } from "./say";
import type { StatusHistory } from "./status-history-rows";

/**
 * Plan status over the years: one row per measure, one column per year, each cell the status's word
 * beside a coloured mark (the colour only repeats the word) and that year's comment. A plain table,
 * so a screen reader names each cell by its measure and year; it scrolls sideways in a focusable
 * region when the years do not fit.
 */
export function StatusHistoryTable({
  say,
  lang,
  history,
  currentYear,
}: {
  say: Say;
  lang: Lang;
  history: StatusHistory;
  currentYear: number | undefined;
}) {
  const caption = say("statusHistoryCaption");
  return (
    <section class="status-history" aria-label={caption} tabindex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{say("statusHistoryMeasure")}</th>
            {history.years.map((year) => (
              <th scope="col" key={year}>
                {year === currentYear ? `${year} (${say("trendCurrent")})` : year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {history.rows.map(({ field, entries }) => (
            <tr key={field.id}>
              <th scope="row">{field.label[lang]}</th>
              {entries.map((entry, index) => (
                <td key={history.years[index]}>
                  {entry ? (
                    <>
                      <span class={`status-mark ${entry.code}`} aria-hidden="true" />
                      {choiceWords(STATUS_CHOICES, entry.code, lang)}
                      {entry.note && <small>{entry.note}</small>}
                    </>
                  ) : (
                    say("statusHistoryNone")
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
