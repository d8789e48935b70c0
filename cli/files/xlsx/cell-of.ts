import type { RawValue } from "../../../shared/report/validation-input";
import type { NamedCell } from "../../../shared/report/workbook-input";
import { printableText } from "../../../shared/text/printable-text";
import { numberFormats } from "./cell-styles-part";
import { evaluateConstantFormula } from "./constant-formula";
import type { NameTarget } from "./name-target";
import { sharedStrings } from "./shared-strings-part";
import { mergeCovers, type SheetCell, type SheetRead } from "./sheet-cells";
import type { WorkbookStructure } from "./workbook-structure";
import type { XlsxPackage } from "./xlsx-package";
import { stringItemText } from "./xml-text";

/**
 * Turns a name's target into what the core reads: the cell's value (shared strings looked up,
 * constant arithmetic in a formula without result worked out), its number format, or the reason
 * it cannot be read. Undefined when the name's cell is gone (`#REF!`, a sheet that is not there).
 */
export function cellOf(
  sheets: ReadonlyMap<string, SheetRead>,
  pkg: XlsxPackage,
  structure: WorkbookStructure,
) {
  const wantedStrings = new Set<number>();
  for (const sheet of sheets.values()) {
    for (const cell of sheet.cells.values()) {
      if (cell.type === "s" && cell.value !== undefined) wantedStrings.add(Number(cell.value));
    }
  }
  const strings = sharedStrings(
    structure.sharedStringsPath ? pkg.text(structure.sharedStringsPath) : undefined,
    wantedStrings,
  );
  const formatOf = numberFormats(structure.stylesPath ? pkg.text(structure.stylesPath) : undefined);
  return (name: string, target: NameTarget): NamedCell | undefined => {
    if (target.kind === "deleted") return undefined;
    if (target.kind === "range") {
      return {
        value: null,
        address: `${target.sheet}!${target.range}`,
        problem: { code: "name_several_cells", params: { name, range: target.range } },
      };
    }
    if (target.kind !== "cell") {
      const refersTo = printableText(target.text);
      return {
        value: null,
        address: "",
        problem: { code: "name_not_a_cell", params: { name, kind: target.kind, refersTo } },
      };
    }
    const sheet = sheets.get(target.sheet);
    if (!sheet) return undefined;
    const address = `${target.sheet}!${target.address}`;
    const merge = sheet.merges.find((area) => mergeCovers(area, target.address));
    if (merge) return { value: null, address, problem: { code: "cell_merged", params: { merge } } };
    const cell = sheet.cells.get(target.address);
    if (!cell) return { value: null, address };
    const numberFormat = formatOf(cell.style);
    const format = numberFormat === undefined ? {} : { numberFormat };
    if (cell.formula !== undefined && cell.value === undefined) {
      const computed = cell.formula ? evaluateConstantFormula(cell.formula) : undefined;
      if (computed === undefined) {
        const formula = printableText(cell.formula || "…");
        return { value: null, address, problem: { code: "formula_without_result", params: { formula } } };
      }
      return { value: computed, address, ...format };
    }
    return { value: rawOf(cell, strings), address, ...format };
  };
}

function rawOf(cell: SheetCell, strings: ReadonlyMap<number, string>): RawValue {
  const text = cell.value;
  switch (cell.type) {
    case "s":
      return strings.get(Number(text)) ?? null;
    case "str":
      return text ?? null;
    case "inlineStr":
      return stringItemText(cell.inline ?? "");
    case "b":
      return text === "1" || text?.toLowerCase() === "true";
    case "e":
      return { error: text ?? "#N/A" };
    case "d":
      return text ? text.slice(0, 10) : null;
    default: {
      if (text === undefined || text.trim() === "") return null;
      const number = Number(text);
      return Number.isFinite(number) ? number : text;
    }
  }
}
