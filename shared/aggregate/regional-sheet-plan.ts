import type { Lang } from "../messages/lang";
import { TEMPLATES } from "../templates/catalogue";
import { printableText } from "../text/printable-text";
import { findUnit } from "../units/reporting-units";
import type { RegionalTable } from "./regional-table";
import { RETURN_STATE_WORDS } from "./return-state-words";
import type { ReturnState, StatusTable } from "./return-status";

/** One cell of the regional sheet: a number, a text or a formula, with its look. */
export interface RegionalCell {
  address: string;
  value?: string | number;
  /** With `=`; totals and changes, so the sheet can be checked by recalculating it. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
}

/** The regional workbook's sheet as plain data: the add-in writes it, tests read it. */
export interface RegionalSheetPlan {
  sheet: string;
  cells: RegionalCell[];
  /** The block the chart is drawn from: unit names and their figures per year, with the years above. */
  chartSource: string;
  chartTitle: string;
  /** Where the chart goes: from the cell after the table's last column to a few columns on. */
  chartPlace: { from: string; to: string };
}

const WORDS = {
  nb: {
    sheet: "Regional tabell",
    title: "Døgnplasser PHV voksne per foretak/sykehus",
    unit: "Foretak/sykehus",
    change: "Endring",
    total: "Totalt Helse Sør-Øst/sykehus",
    private: "Private avtaleparter",
    withPrivate: "Totalt Helse Sør-Øst med private",
    incomplete: "ufullstendig",
    status: "Innsendinger",
    state: RETURN_STATE_WORDS.nb,
  },
  en: {
    sheet: "Regional table",
    title: "Adult mental-health beds per trust/hospital",
    unit: "Trust/hospital",
    change: "Change",
    total: "Total Helse Sør-Øst/hospitals",
    private: "Private contracted providers",
    withPrivate: "Total Helse Sør-Øst including private",
    incomplete: "incomplete",
    status: "Returns",
    state: RETURN_STATE_WORDS.en,
  },
} satisfies Record<Lang, { state: Record<ReturnState, string> } & Record<string, unknown>>;

const FIRST_ROW = 4;

/** A1-style column letters for a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The paper's table as a sheet: a row per unit, the trusts' total as `SUM` over the unit rows, the
 * private providers, the total with them as the sum of those two rows, the change of the last year
 * as a formula, the footnotes under it, then the status table. A year a unit is missing gets words,
 * never a sum. Text from packages is made printable and written as values (never as formulas).
 */
export function regionalSheetPlan(
  table: RegionalTable,
  status: StatusTable | undefined,
  lang: Lang,
): RegionalSheetPlan {
  const words = WORDS[lang];
  const years = table.years.map(String);
  const cells: RegionalCell[] = [{ address: "A1", value: words.title, bold: true }];
  const changeColumn = years.length >= 2 ? columnLetter(2 + years.length) : undefined;
  const heading = [
    words.unit,
    ...years,
    ...(changeColumn ? [`${words.change} ${years.at(-2)}–${years.at(-1)}`] : []),
  ];
  for (const [index, text] of heading.entries()) {
    cells.push({ address: `${columnLetter(index + 1)}3`, value: text, bold: true });
  }
  const marks = (org: string, isPrivate: boolean) =>
    table.footnotes
      .filter((n) => n.private === isPrivate && (isPrivate || n.org === org))
      .map((n) => n.mark)
      .join(" ");
  const label = (text: string, mark: string) => (mark ? `${text} ${mark}` : text);
  let row = FIRST_ROW;
  for (const unitRow of table.rows) {
    cells.push({
      address: `A${row}`,
      value: printableText(label(findUnit(unitRow.org)?.name ?? unitRow.unit, marks(unitRow.org, false))),
    });
    years.forEach((year, index) => {
      const value = unitRow.values[year];
      if (value !== undefined)
        cells.push({ address: `${columnLetter(index + 2)}${row}`, value, numberFormat: format(value) });
    });
    if (changeColumn) cells.push(changeCell(changeColumn, row, years.length));
    row += 1;
  }
  const lastUnit = row - 1;
  const totalRow = row;
  summaryRow(
    cells,
    totalRow,
    words.total,
    years,
    table,
    (letter) => `=SUM(${letter}${FIRST_ROW}:${letter}${lastUnit})`,
    table.total,
    changeColumn,
    words.incomplete,
  );
  row += 1;
  if (table.private && table.totalWithPrivate) {
    const privateRow = row;
    cells.push({ address: `A${privateRow}`, value: label(words.private, marks("", true)) });
    years.forEach((year, index) => {
      const value = table.private?.[year];
      if (value !== undefined)
        cells.push({
          address: `${columnLetter(index + 2)}${privateRow}`,
          value,
          numberFormat: format(value),
        });
    });
    if (changeColumn) cells.push(changeCell(changeColumn, privateRow, years.length));
    row += 1;
    summaryRow(
      cells,
      row,
      words.withPrivate,
      years,
      table,
      (letter) => `=${letter}${totalRow}+${letter}${privateRow}`,
      table.totalWithPrivate,
      changeColumn,
      words.incomplete,
    );
    row += 1;
  }
  row += 1;
  for (const note of table.footnotes) {
    const who = note.private ? words.private : (findUnit(note.org)?.name ?? note.org);
    cells.push({
      address: `A${row}`,
      value: printableText(`${note.mark} ${who}, ${note.year}: ${note.text}`),
    });
    row += 1;
  }
  if (status) statusCells(cells, row + 1, status, lang);
  const lastColumn = columnLetter(1 + years.length);
  return {
    sheet: words.sheet,
    cells,
    chartSource: `A3:${lastColumn}${lastUnit}`,
    chartTitle: words.title,
    chartPlace: { from: `${columnLetter(years.length + 4)}3`, to: `${columnLetter(years.length + 12)}22` },
  };
}

function format(value: number): string {
  return Number.isInteger(value) ? "#,##0" : "#,##0.0";
}

function changeCell(column: string, row: number, years: number): RegionalCell {
  const from = columnLetter(years);
  const to = columnLetter(years + 1);
  return {
    address: `${column}${row}`,
    formula: `=IF(OR(${from}${row}="",${to}${row}=""),"",${to}${row}-${from}${row})`,
    numberFormat: "+#,##0.#;-#,##0.#;0",
  };
}

function summaryRow(
  cells: RegionalCell[],
  row: number,
  text: string,
  years: readonly string[],
  table: RegionalTable,
  formula: (letter: string) => string,
  figures: Record<string, number>,
  changeColumn: string | undefined,
  incomplete: string,
): void {
  cells.push({ address: `A${row}`, value: text, bold: true });
  years.forEach((year, index) => {
    const letter = columnLetter(index + 2);
    const figure = figures[year];
    if (figure === undefined && table.incomplete[year])
      cells.push({ address: `${letter}${row}`, value: incomplete, bold: true });
    else if (figure !== undefined)
      cells.push({
        address: `${letter}${row}`,
        formula: formula(letter),
        numberFormat: format(figure),
        bold: true,
      });
  });
  if (changeColumn) cells.push({ ...changeCell(changeColumn, row, years.length), bold: true });
}

function statusCells(cells: RegionalCell[], top: number, status: StatusTable, lang: Lang): void {
  const words = WORDS[lang];
  cells.push({ address: `A${top}`, value: `${words.status} ${status.year}`, bold: true });
  for (const [index, id] of status.templates.entries()) {
    cells.push({
      address: `${columnLetter(index + 2)}${top + 1}`,
      value: TEMPLATES[id].title[lang],
      bold: true,
    });
  }
  status.units.forEach((unit, index) => {
    const row = top + 2 + index;
    cells.push({ address: `A${row}`, value: unit.unit });
    status.templates.forEach((id, column) => {
      const cell = unit.returns[id];
      if (cell) cells.push({ address: `${columnLetter(column + 2)}${row}`, value: words.state[cell.state] });
    });
  });
}
