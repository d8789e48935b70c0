import { requireApi } from "./api-sets";
import { parseBlock } from "./cell-address";
import { ChartCollectionProxy } from "./chart-proxy";
import { ClientObject } from "./client-object";
import { CommentCollectionProxy } from "./comments-proxy";
import { ChangeEvent } from "./event-handlers";
import { ModelError } from "./model-error";
import { NoteCollectionProxy } from "./notes-proxy";
import type { Mirror } from "./office-types";
import { RangeProxy } from "./range-proxy";
import type { RangeTarget } from "./range-target";
import type { ModelContext } from "./request-context";
import { findSheet, type SheetState } from "./workbook-state";
import { WorksheetProtectionProxy } from "./worksheet-protection-proxy";

/** A block address on a sheet, or Excel's `InvalidArgument`. */
export function blockOn(sheet: SheetState, address: string): RangeTarget {
  const block = parseBlock(address.includes("!") ? (address.split("!").pop() ?? "") : address);
  if (!block)
    throw new ModelError("InvalidArgument", `'${address}' is not a valid range address.`, "getRange");
  return { sheet, block };
}

/** `Excel.Worksheet`: ranges, protection, `onChanged`, notes and comments of one sheet. */
export class WorksheetProxy
  extends ClientObject<SheetState>
  implements
    Mirror<
      Excel.Worksheet,
      "name" | "id" | "position" | "getRange" | "getRanges" | "getUsedRange" | "activate" | "delete"
    >
{
  readonly protection: WorksheetProtectionProxy;
  readonly onChanged: ChangeEvent;

  constructor(
    context: ModelContext,
    locate: () => SheetState | undefined,
    options: { nullable?: boolean; known?: boolean } = {},
  ) {
    super(context, locate, { ...options, label: "Worksheet" });
    this.protection = new WorksheetProtectionProxy(context, locate);
    this.onChanged = new ChangeEvent(context, () => this.sheet().id);
  }

  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.command((sheet) => {
      const { state } = this.context.host;
      if (findSheet(state, name) && findSheet(state, name) !== sheet) {
        throw new ModelError(
          "ItemAlreadyExists",
          `A sheet named '${name}' already exists.`,
          "Worksheet.name",
        );
      }
      for (const entry of state.names.values()) if (entry.sheet === sheet.name) entry.sheet = name;
      sheet.name = name;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  /** Notes of this sheet (ExcelApi 1.18). */
  get notes(): NoteCollectionProxy {
    return new NoteCollectionProxy(this.context, () => this.sheet());
  }
  /** Charts of this sheet (ExcelApi 1.1; modelled as far as the regional workbook draws them). */
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.sheet());
  }
  /** Comments of this sheet (ExcelApi 1.10). */
  get comments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.context, () => this.sheet());
  }

  getRange(address = "A1:XFD1048576"): RangeProxy {
    const locate = this.locator();
    return new RangeProxy(this.context, () => {
      const sheet = locate();
      return sheet && blockOn(sheet, address);
    });
  }

  /** Several areas at once (ExcelApi 1.9), e.g. to fill many cells in one command. */
  getRanges(addresses?: string): RangeAreasProxy {
    requireApi(this.context.host.api, "1.9", "Worksheet.getRanges");
    if (addresses === undefined)
      throw new ModelError("InvalidArgument", "getRanges needs the addresses.", "Worksheet.getRanges");
    const parts = addresses
      .split(/[,;]/)
      .map((part) => part.trim())
      .filter(Boolean);
    return new RangeAreasProxy(parts.map((part) => this.getRange(part)));
  }

  getUsedRange(): RangeProxy {
    const locate = this.locator();
    return new RangeProxy(this.context, () => {
      const sheet = locate();
      if (!sheet) return undefined;
      const used = [...sheet.cells.keys()]
        .map((key) => parseBlock(key))
        .filter((block) => block !== undefined);
      const rows = Math.max(1, ...used.map((block) => block.top));
      const columns = Math.max(1, ...used.map((block) => block.left));
      return { sheet, block: { top: 1, left: 1, rows, columns } };
    });
  }

  activate(): void {
    this.command((sheet) => {
      this.context.host.state.activeSheet = sheet.id;
    }, null);
  }

  /** Deletes the sheet; names that pointed into it become `#REF!`, as in Excel. */
  delete(): void {
    this.command((sheet) => {
      const { state } = this.context.host;
      if (state.sheets.length === 1) {
        throw new ModelError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet.",
          "Worksheet.delete",
        );
      }
      for (const entry of state.names.values()) {
        if (entry.sheet !== sheet.name) continue;
        entry.formula = "#REF!";
        delete entry.sheet;
        delete entry.block;
      }
      state.sheets = state.sheets.filter((other) => other !== sheet);
      if (state.activeSheet === sheet.id) state.activeSheet = state.sheets[0]?.id;
    });
  }

  protected snapshot(sheet: SheetState) {
    return {
      name: sheet.name,
      id: sheet.id,
      position: this.context.host.state.sheets.indexOf(sheet),
      visibility: sheet.visibility,
    };
  }
  protected defaultLoad() {
    return ["name", "id", "position", "visibility"];
  }

  private sheet(): SheetState {
    const sheet = this.resolve();
    if (!sheet) throw new ModelError("ItemNotFound", "The worksheet does not exist.", "Worksheet");
    return sheet;
  }
}

/** `Excel.RangeAreas`, as far as marking needs it: one fill for many areas, and their addresses. */
export class RangeAreasProxy {
  readonly format: { fill: { color: string; clear(): void } };

  constructor(readonly areas: RangeProxy[]) {
    const fills = areas.map((area) => area.format.fill);
    this.format = {
      fill: {
        set color(color: string) {
          for (const fill of fills) fill.color = color;
        },
        get color(): string {
          throw new ModelError("PropertyNotLoaded", "RangeAreas fill colour is write-only in this model.");
        },
        clear() {
          for (const fill of fills) fill.clear();
        },
      },
    };
  }
}
