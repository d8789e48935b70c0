import { xmlAttributes, xmlText } from "./xml-text";

/** One cell as its sheet part writes it, before shared strings and styles are looked up. */
export interface SheetCell {
  /** `t`: s (shared string), str, inlineStr, b, e, d, n (the default). */
  type: string;
  style: number;
  /** `<v>`'s text; undefined when the cell has none (a formula saved without its result). */
  value?: string;
  /** `<f>`'s text; "" for a shared formula's dependent cell, undefined without a formula. */
  formula?: string;
  /** An inline string's text. */
  inline?: string;
}

/** What a sheet part says about the cells asked for: each cell, the merged areas and the dimension. */
export interface SheetRead {
  cells: Map<string, SheetCell>;
  merges: string[];
}

const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;

/**
 * Finds the wanted cells (`C7`) of one sheet. Cells and rows may omit their `r` (the format allows
 * it; some writers do), so positions are counted as Excel counts them.
 */
export function readSheetCells(xml: string, wanted: ReadonlySet<string>): SheetRead {
  const cells = new Map<string, SheetCell>();
  const data = /<(?:\w+:)?sheetData\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheetData>/.exec(xml)?.[1] ?? "";
  let rowNumber = 0;
  for (const row of data.matchAll(ROW)) {
    const rowAttributes = xmlAttributes(row[1] ?? "");
    rowNumber = rowAttributes.r ? Number(rowAttributes.r) : rowNumber + 1;
    let column = 0;
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const attributes = xmlAttributes(cell[1] ?? "");
      const address = attributes.r?.toUpperCase() ?? `${columnName(column + 1)}${rowNumber}`;
      column = columnNumber(address);
      if (wanted.has(address)) cells.set(address, sheetCell(attributes, cell[2] ?? ""));
    }
  }
  const merges = [...xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)\/?>/g)]
    .map((match) => xmlAttributes(match[1] ?? "").ref?.toUpperCase() ?? "")
    .filter((ref) => ref.includes(":"));
  return { cells, merges };
}

function sheetCell(attributes: Record<string, string>, inside: string): SheetCell {
  const value = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inside)?.[1];
  const formula = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inside);
  const inline = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inside)?.[1];
  return {
    type: attributes.t ?? "n",
    style: Number(attributes.s ?? 0),
    ...(value === undefined ? {} : { value: xmlText(value) }),
    ...(formula ? { formula: xmlText(formula[1] ?? "") } : {}),
    ...(inline === undefined ? {} : { inline }),
  };
}

/** The rows a sheet says it spans (`<dimension ref="A1:E1000000"/>`), from the part's first bytes. */
export function dimensionRows(head: string): number | undefined {
  const ref = /<(?:\w+:)?dimension\b[^>]*\bref="([^"]*)"/.exec(head)?.[1];
  const last = ref?.split(":").pop();
  const digits = last ? /(\d+)$/.exec(last)?.[1] : undefined;
  return digits ? Number(digits) : undefined;
}

/** `C` → 3, `AA` → 27 (of an address such as `C7`). */
export function columnNumber(address: string): number {
  let number = 0;
  for (const letter of address.replace(/\d+$/, "")) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}

function columnName(number: number): string {
  let name = "";
  for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  }
  return name;
}

/** Whether the merged area `B7:C8` covers the cell `C7`. */
export function mergeCovers(merge: string, address: string): boolean {
  const [first = "", last = first] = merge.split(":");
  const row = Number(/\d+$/.exec(address)?.[0]);
  const column = columnNumber(address);
  const rows = [Number(/\d+$/.exec(first)?.[0]), Number(/\d+$/.exec(last)?.[0])];
  const columns = [columnNumber(first), columnNumber(last)];
  return (
    row >= Math.min(...rows) &&
    row <= Math.max(...rows) &&
    column >= Math.min(...columns) &&
    column <= Math.max(...columns)
  );
}
