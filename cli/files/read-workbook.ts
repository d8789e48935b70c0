import type { CellNotice } from "../../shared/report/cell-finding";
import type { NamedCell } from "../../shared/report/workbook-input";
import { TEMPLATE_IDS, TEMPLATES } from "../../shared/templates/catalogue";
import { namesOfField } from "../../shared/templates/names";
import { printableText } from "../../shared/text/printable-text";
import { CliFailure } from "../cli-failure";
import { cellOf } from "./xlsx/cell-of";
import { type NameTarget, nameTarget } from "./xlsx/name-target";
import { dimensionRows, readSheetCells, type SheetRead } from "./xlsx/sheet-cells";
import { type DefinedName, type WorkbookStructure, workbookStructure } from "./xlsx/workbook-structure";
import { openXlsx, type XlsxPackage } from "./xlsx/xlsx-package";

/** A workbook seen through its defined names only (docs/cli.md: names find every field). */
export interface NamedWorkbook {
  /** The catalogue's names the workbook defines (in any letter case or scope). */
  names: string[];
  read: (name: string) => NamedCell | undefined;
}

/** Rows a sheet holding fields may span; a template has under a hundred, a return never thousands. */
export const MAX_SHEET_ROWS = 100_000;

/** Every name a template may define: each field's id and the `prev.`/`note.` twins its cell has. */
const CATALOGUE_NAMES = TEMPLATE_IDS.flatMap((id) => TEMPLATES[id].fields.flatMap(namesOfField));

/** A catalogue name as the workbook defines it: the workbook-scoped definition and any sheet-scoped copies. */
interface Resolved {
  own?: DefinedName;
  copies: DefinedName[];
}

/**
 * Reads an .xlsx's named cells from its parts directly: only the sheets that names point at, only
 * the cells they name, within fixed size limits, so a huge or hostile file is refused before it is
 * unpacked and memory stays bounded. Nothing is written; no macro or formula is run.
 */
export function readNamedWorkbook(bytes: Buffer): NamedWorkbook {
  const pkg = openXlsx(bytes);
  const structure = workbookStructure(pkg);
  const resolved = new Map(CATALOGUE_NAMES.map((name) => [name, resolve(name, structure.names)]));
  const present = [...resolved].filter(([, found]) => found.own || found.copies.length > 0);
  const targets = new Map(
    present.map(([name, found]) => [name, nameTarget((found.own ?? found.copies[0])?.refersTo ?? "")]),
  );
  const sheets = readSheets(pkg, structure, [...targets.values()]);
  const cell = cellOf(sheets, pkg, structure);
  const copies = copyNotices(present);
  const cells = new Map(
    present.map(([name, found]) => {
      const read = namedCell(name, found, targets.get(name), cell);
      const copy = copies.get(name);
      return [name, read && copy ? { ...read, notices: [copy, ...(read.notices ?? [])] } : read] as const;
    }),
  );
  return {
    names: present.map(([name]) => name),
    read: (name) => cells.get(name) ?? undefined,
  };
}

function resolve(name: string, names: readonly DefinedName[]): Resolved {
  // Excel compares names without regard to letter case.
  const lower = name.toLowerCase();
  const same = names.filter((defined) => defined.name.toLowerCase() === lower);
  const own = same.filter((defined) => defined.sheet === undefined);
  return {
    own: own.find((defined) => defined.name === name) ?? own[0],
    copies: same.filter((defined) => defined.sheet !== undefined),
  };
}

/** Reads each sheet a name points at once, refusing one that spans more rows than any return. */
function readSheets(pkg: XlsxPackage, structure: WorkbookStructure, targets: readonly NameTarget[]) {
  const wanted = new Map<string, Set<string>>();
  for (const target of targets) {
    if (target.kind !== "cell") continue;
    wanted.set(target.sheet, (wanted.get(target.sheet) ?? new Set()).add(target.address));
  }
  const read = new Map<string, SheetRead>();
  for (const [sheet, addresses] of wanted) {
    const path = structure.sheets.find((entry) => entry.name === sheet)?.path;
    if (!path) continue;
    const rows = dimensionRows(pkg.head(path) ?? "");
    if (rows !== undefined && rows > MAX_SHEET_ROWS) {
      throw new CliFailure({
        code: "sheetTooLarge",
        params: { sheet: printableText(sheet), rows: String(rows) },
      });
    }
    read.set(sheet, readSheetCells(pkg.text(path) ?? "", addresses));
  }
  return read;
}

function namedCell(
  name: string,
  found: Resolved,
  target: NameTarget | undefined,
  cell: ReturnType<typeof cellOf>,
): NamedCell | undefined {
  const notices: CellNotice[] = [];
  if (found.own && found.own.name !== name) {
    notices.push({ code: "name_case", params: { name, written: printableText(found.own.name) } });
  }
  if (!found.own) {
    const sheet = printableText(found.copies[0]?.sheet ?? "");
    const address = target?.kind === "cell" ? `${target.sheet}!${target.address}` : "";
    return { value: null, address, problem: { code: "name_sheet_only", params: { name, sheet } } };
  }
  const read = target ? cell(name, target) : undefined;
  if (!read) return undefined;
  return notices.length > 0 ? { ...read, notices } : read;
}

/**
 * A copied sheet's own names, said once per sheet (on the first field it copies) rather than once
 * for each of its thirty-odd names; only where the workbook's own name exists, so it is read.
 */
function copyNotices(present: readonly [string, Resolved][]): Map<string, CellNotice> {
  const bySheet = new Map<string, string[]>();
  for (const [name, found] of present) {
    if (!found.own) continue;
    for (const copy of found.copies)
      bySheet.set(copy.sheet ?? "", [...(bySheet.get(copy.sheet ?? "") ?? []), name]);
  }
  const notices = new Map<string, CellNotice>();
  for (const [sheet, names] of bySheet) {
    const first = names[0];
    if (first === undefined || notices.has(first)) continue;
    notices.set(first, {
      code: "name_sheet_copy",
      params: { sheet: printableText(sheet), count: names.length },
      ...copyCell(present, first, sheet),
    });
  }
  return notices;
}

/** The cell the copied sheet's own copy of `name` points at, where the notice about that sheet is said. */
function copyCell(present: readonly [string, Resolved][], name: string, sheet: string): { at?: string } {
  const copy = present.find(([entry]) => entry === name)?.[1].copies.find((found) => found.sheet === sheet);
  const target = copy ? nameTarget(copy.refersTo) : undefined;
  return target?.kind === "cell" ? { at: printableText(`${target.sheet}!${target.address}`) } : {};
}
