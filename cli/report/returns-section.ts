import { expectedCount, readyCount, returnStatus } from "../../shared/aggregate/return-status";
import { findField, TEMPLATES } from "../../shared/templates/catalogue";
import { aggregateWords } from "../aggregate/aggregate-words";
import { refusalLines, unitName } from "../aggregate/table-notes";
import { conflictLines, shortDate } from "../status/status-text";
import { statusWords } from "../status/status-words";
import { esc } from "./html-text";
import { nb } from "./number-words";
import type { ReportInput } from "./report-input";

const WORDS = statusWords("nb");

/** The `status` table for the year, every unexplained change and every file left out. */
export async function returnsSection(input: ReportInput): Promise<string | undefined> {
  const wanted = input.packages.filter(
    (entry) => entry.pkg.year === input.year || entry.pkg.year === input.year - 1,
  );
  if (!wanted.some((entry) => entry.pkg.year === input.year)) return undefined;
  const table = returnStatus(wanted, input.year);
  const head = `<tr><th scope="col">Enhet</th>${table.templates
    .map((id) => `<th scope="col">${esc(TEMPLATES[id].title.nb)}</th>`)
    .join("")}<th scope="col" class="num">Uforklarte endringer</th><th scope="col">Sist endret</th></tr>`;
  const rows = table.units.map((row) => {
    const cells = table.templates.map((id) => {
      const cell = row.returns[id];
      if (!cell) return "<td></td>";
      const count =
        cell.state === "errors"
          ? ` (${cell.errors})`
          : cell.state === "warnings"
            ? ` (${cell.warnings})`
            : "";
      const words = cell.state === "not_expected" ? "ikke aktuelt" : WORDS.state[cell.state];
      return `<td class="state ${cell.state}">${esc(words + count)}</td>`;
    });
    return `<tr><th scope="row">${esc(row.unit)}</th>${cells.join("")}<td class="num">${row.unexplained}</td><td>${esc(shortDate(row.lastChange, "nb"))}</td></tr>`;
  });
  const changes = table.unexplained.map((change) => {
    const label = findField(change.field)?.label.nb ?? change.field;
    return `<li>${esc(unitName(change.org))}: ${esc(label)} fra ${esc(nb(Number(change.params.previous)))} til ${esc(nb(Number(change.params.current)))}</li>`;
  });
  const conflicts = conflictLines(table, WORDS, "nb").map((line) => `<li>${esc(line)}</li>`);
  const refused = refusalLines([...input.unreadable, ...table.refused], aggregateWords("nb")).map(
    (line) => `<li>${esc(line)}</li>`,
  );
  return `<section id="innsendinger" aria-labelledby="innsendinger-h">
<h2 id="innsendinger-h">Innsendinger ${input.year}</h2>
<p>${esc(WORDS.summary(readyCount(table), expectedCount(table)))}</p>
<table class="status"><caption>Hvem har sendt hva for ${input.year}</caption><thead>${head}</thead><tbody>${rows.join("\n")}</tbody></table>
<h3>Endringer uten forklaring</h3>
${changes.length === 0 ? "<p>Ingen.</p>" : `<ul>${changes.join("")}</ul>`}
${conflicts.length === 0 ? "" : `<h3>Innsendinger i motstrid</h3><ul>${conflicts.join("")}</ul>`}
${refused.length === 0 ? "" : `<h3>Filer som ikke er brukt</h3><ul>${refused.join("")}</ul>`}
</section>`;
}
