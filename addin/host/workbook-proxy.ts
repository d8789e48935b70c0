import { requireApi } from "./api-sets";
import { parseBlock } from "./cell-address";
import { ClientResult } from "./client-object";
import { CommentCollectionProxy } from "./comments-proxy";
import { CustomXmlPartCollectionProxy } from "./custom-xml-proxy";
import { ModelError } from "./model-error";
import { NamedItemCollectionProxy } from "./named-item-proxy";
import { NoteCollectionProxy } from "./notes-proxy";
import type { Mirror } from "./office-types";
import { RangeProxy } from "./range-proxy";
import { readWorkbookState } from "./read-xlsx";
import type { ModelContext } from "./request-context";
import { findName, findSheet, type WorkbookState } from "./workbook-state";
import { WorksheetCollectionProxy } from "./worksheet-collection-proxy";

function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/** Excel names a pasted sheet "Name (2)" when the name is taken. */
function freeName(state: WorkbookState, name: string): string {
  let candidate = name;
  for (let n = 2; findSheet(state, candidate); n++) candidate = `${name} (${n})`;
  return candidate;
}

/** `Excel.Workbook`: names, sheets, custom XML parts, notes, comments, selection, insert and save. */
export class WorkbookProxy
  implements
    Mirror<Excel.Workbook, "getSelectedRange" | "getActiveCell" | "insertWorksheetsFromBase64" | "save">
{
  readonly names: NamedItemCollectionProxy;
  readonly worksheets: WorksheetCollectionProxy;

  constructor(readonly context: ModelContext) {
    this.names = new NamedItemCollectionProxy(context);
    this.worksheets = new WorksheetCollectionProxy(context);
  }

  /** ExcelApi 1.5. */
  get customXmlParts(): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.context);
  }
  /** ExcelApi 1.18. */
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context);
  }
  /** ExcelApi 1.10. */
  get comments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { state } = this.context.host;
      const selection = state.selection ?? { sheet: state.sheets[0]?.name ?? "", address: "A1" };
      const sheet = findSheet(state, selection.sheet);
      const block = parseBlock(selection.address);
      return sheet && block ? { sheet, block } : undefined;
    });
  }
  getActiveCell(): RangeProxy {
    return this.getSelectedRange().getCell(0, 0);
  }

  /**
   * Inserts the sheets of an .xlsx (ExcelApi 1.13) at the end, renaming clashes as Excel does;
   * the file's workbook-scoped names come along unless the workbook already has them.
   */
  insertWorksheetsFromBase64(
    base64File: string,
    options: { sheetNamesToInsert?: string[] } = {},
  ): ClientResult<string[]> {
    requireApi(this.context.host.api, "1.13", "insertWorksheetsFromBase64");
    const inserted: string[] = [];
    this.context.enqueue(async () => {
      this.context.host.recordWrite("Workbook.insertWorksheetsFromBase64");
      const source = await readWorkbookState(bytesOf(base64File));
      const { state } = this.context.host;
      const wanted = options.sheetNamesToInsert?.map((name) => name.toLowerCase());
      const renamed = new Map<string, string>();
      for (const sheet of source.sheets) {
        if (wanted && !wanted.includes(sheet.name.toLowerCase())) continue;
        const name = freeName(state, sheet.name);
        renamed.set(sheet.name, name);
        state.nextId += 1;
        state.sheets.push({ ...sheet, id: `{sheet-${state.nextId}}`, name });
        inserted.push(name);
      }
      for (const entry of source.names.values()) {
        const sheet = entry.sheet === undefined ? undefined : renamed.get(entry.sheet);
        if (sheet === undefined || findName(state, entry.name)) continue;
        state.names.set(entry.name.toLowerCase(), { ...entry, sheet });
      }
    });
    return new ClientResult(this.context, () => inserted);
  }

  /**
   * Saves the workbook (ExcelApi 1.11); the model counts saves and records the behaviour. `Save` on a
   * workbook never saved saves it under a default name (OfficeDev/office-js#3875): the model gives it one.
   */
  save(saveBehavior: string = "Save"): void {
    requireApi(this.context.host.api, "1.11", "Workbook.save");
    if (saveBehavior !== "Save" && saveBehavior !== "Prompt") {
      throw new ModelError(
        "InvalidArgument",
        `'${saveBehavior}' is not an Excel.SaveBehavior.`,
        "Workbook.save",
      );
    }
    this.context.enqueue(() => {
      const { host } = this.context;
      host.saves += 1;
      host.saveBehaviors.push(saveBehavior);
      if (!host.documentUrl)
        host.documentUrl = saveBehavior === "Prompt" ? "file:///Rapport.xlsx" : "file:///Book1.xlsx";
    });
  }
}
