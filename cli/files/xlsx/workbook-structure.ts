import type { XlsxPackage } from "./xlsx-package";
import { xmlAttributes, xmlText } from "./xml-text";

/** A sheet of the workbook: its name and the part that holds it. */
export interface SheetEntry {
  name: string;
  path: string | undefined;
}

/** A defined name as `xl/workbook.xml` writes it; `sheet` is set for a sheet-scoped name (`localSheetId`). */
export interface DefinedName {
  name: string;
  refersTo: string;
  sheet?: string;
}

/** The sheets in order and every defined name with its scope, read from the workbook part itself. */
export interface WorkbookStructure {
  sheets: SheetEntry[];
  names: DefinedName[];
  sharedStringsPath?: string;
  stylesPath?: string;
}

/**
 * Reads the workbook part. exceljs drops a defined name's `localSheetId`, so a copied sheet's own
 * names (Excel's "Move or Copy" gives the copy sheet-scoped copies of every name) overwrote the
 * workbook's; here each keeps its scope (ECMA-376 Part 1, §18.2.5 definedName).
 */
export function workbookStructure(pkg: XlsxPackage): WorkbookStructure {
  const xml = pkg.text(pkg.workbookPath) ?? "";
  const rels = pkg.relationships(pkg.workbookPath);
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)\/?>/g)].map((match) => {
    const attributes = xmlAttributes(match[1] ?? "");
    return { name: attributes.name ?? "", path: rels.byId.get(attributes.id ?? "") };
  });
  const names: DefinedName[] = [];
  for (const match of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attributes = xmlAttributes(match[1] ?? "");
    const local = attributes.localSheetId;
    const sheet = local === undefined ? undefined : (sheets[Number(local)]?.name ?? `#${local}`);
    names.push({
      name: attributes.name ?? "",
      refersTo: xmlText(match[2] ?? "").trim(),
      ...(sheet === undefined ? {} : { sheet }),
    });
  }
  return {
    sheets,
    names,
    sharedStringsPath: rels.byType.get("sharedStrings")?.[0],
    stylesPath: rels.byType.get("styles")?.[0],
  };
}
