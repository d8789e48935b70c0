import { HOSTS, type HostApi, type HostName, hostOfExcelApi, isSetSupported } from "./api-sets";
import { cellName, parseCell } from "./cell-address";
import { type CellSnapshot, cellSnapshot, type SheetSummary, sheetSummary } from "./cell-snapshot";
import { checkValidation } from "./check-validation";
import { ModelError } from "./model-error";
import { ModelHost } from "./model-host";
import { excelNamespace, officeNamespace } from "./office-globals";
import { ModelContext } from "./request-context";
import { cellAt, peekCell } from "./sheet-cells";
import { type TypingLocale, typedEntry } from "./typed-entry";
import { WorkbookProxy } from "./workbook-proxy";
import { findSheet, type WorkbookState, type XmlPartState } from "./workbook-state";

/** How a modelled Excel is set up. */
export interface ExcelModelOptions {
  /** A host of Microsoft's tables (`web`, the default; `office2021`, `office2019`…): its requirement sets. */
  host?: HostName;
  /** Highest ExcelApi set instead of the host's: "1.18" (no undo support), "1.10" (no notes), "1.7". */
  excelApi?: string;
  /** Other requirement sets by highest version (`SharedRuntime: "1.2"`); defaults follow the host. */
  sets?: Record<string, string>;
  /** Number conventions for typing: Norwegian (default) or English. */
  locale?: TypingLocale;
}

/** What became of typing into a cell: stored, or refused by protection or a data-validation rule. */
export type TypingResult =
  | { ok: true }
  | { ok: false; reason: "protected" | "validation" | "no_sheet"; title: string; message: string };

/**
 * An in-memory model of the part of Excel the add-in uses, for tests and the playground. It is a
 * model, not Excel: proxies, load/sync and round trips behave as Office.js documents them, the
 * data comes from real .xlsx files, and formulas are computed only as far as the templates need.
 */
export class ExcelModel {
  readonly host: ModelHost;
  private readonly locale: TypingLocale;

  constructor(state: WorkbookState, options: ExcelModelOptions = {}) {
    const profile = options.host
      ? HOSTS[options.host]
      : options.excelApi
        ? hostOfExcelApi(options.excelApi)
        : HOSTS.web;
    const excelApi = options.excelApi ?? profile.excelApi;
    const sets: Record<string, string> = options.sets
      ? Object.fromEntries(
          Object.entries(options.sets).map(([name, version]) => [name.toLowerCase(), version]),
        )
      : { ...profile.sets };
    this.host = new ModelHost(state, { excelApi, sets });
    this.locale = options.locale ?? "nb";
  }

  /** `context.sync()` calls so far; tests reset it to 0 before measuring a pass. */
  get roundTrips(): number {
    return this.host.roundTrips;
  }
  set roundTrips(count: number) {
    this.host.roundTrips = count;
  }
  /** `workbook.save()` calls so far. */
  get saves(): number {
    return this.host.saves;
  }
  get api(): HostApi {
    return this.host.api;
  }
  /** The cell the add-in selected last, as `Sheet!C7`. */
  get selection(): string | undefined {
    const selection = this.host.state.selection;
    return selection && `${selection.sheet}!${selection.address}`;
  }

  /** A new request context, as `Excel.run` creates for each batch. */
  createContext(): ModelContext {
    const context = new ModelContext(this.host);
    context.workbook = new WorkbookProxy(context) as unknown as Excel.Workbook;
    return context;
  }

  /** `Excel.run(batch)` or `Excel.run(context, batch)`; leftover queued commands are synced at the end. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  run<T>(object: unknown, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  async run<T>(first: unknown, second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const batch = (second ?? first) as (context: Excel.RequestContext) => Promise<T>;
    const given = second ? (first as { context?: unknown }) : undefined;
    const context =
      given instanceof ModelContext
        ? given
        : given?.context instanceof ModelContext
          ? given.context
          : this.createContext();
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.hasPending()) await context.sync();
    return result;
  }

  /** `Office.context.requirements.isSetSupported` for this host. */
  isSetSupported(name: string, version?: string): boolean {
    return isSetSupported(this.host.api, name, version);
  }

  /** Types into a cell as the user here would; `onChanged` fires with source "Local". */
  typeAsUser(sheet: string, address: string, text: string): Promise<TypingResult> {
    return this.type(sheet, address, text, "Local");
  }

  /** Types into a cell as a coauthor would; `onChanged` fires with source "Remote". */
  typeAsCoauthor(sheet: string, address: string, text: string): Promise<TypingResult> {
    return this.type(sheet, address, text, "Remote");
  }

  /** One cell as a grid shows it. */
  cell(sheet: string, address: string): CellSnapshot {
    const found = findSheet(this.host.state, sheet);
    if (!found) throw new ModelError("ItemNotFound", `No sheet named '${sheet}'.`, sheet);
    return cellSnapshot(this.host.state, found, address);
  }

  /** The sheets, in order. */
  sheets(): SheetSummary[] {
    return this.host.state.sheets.map((sheet) => sheetSummary(this.host.state, sheet));
  }

  /** Where each defined name points (`Sheet!C7`, or its formula such as `#REF!`). */
  names(): Record<string, string> {
    return Object.fromEntries(
      [...this.host.state.names.values()].map((entry) => [
        entry.name,
        entry.sheet && entry.block
          ? `${entry.sheet}!${cellName({ row: entry.block.top, column: entry.block.left })}`
          : (entry.formula ?? "#REF!"),
      ]),
    );
  }

  /** The custom XML parts, for tests and the playground. */
  xmlParts(): readonly XmlPartState[] {
    return this.host.state.parts;
  }

  /** Calls the listener after every batch and every typing; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.host.listeners.add(listener);
    return () => this.host.listeners.delete(listener);
  }

  /** Defines `Excel` and `Office` on the target (globalThis by default); returns the undo. */
  installGlobals(target: object = globalThis): () => void {
    const record = target as Record<string, unknown>;
    const before = { Excel: record.Excel, Office: record.Office };
    record.Excel = excelNamespace(this);
    record.Office = officeNamespace(this);
    return () => {
      record.Excel = before.Excel;
      record.Office = before.Office;
    };
  }

  private async type(
    sheetName: string,
    address: string,
    text: string,
    source: "Local" | "Remote",
  ): Promise<TypingResult> {
    const sheet = findSheet(this.host.state, sheetName);
    const position = parseCell(address);
    if (!sheet || !position)
      return refused("no_sheet", "Microsoft Excel", `No cell ${sheetName}!${address}.`);
    const current = peekCell(sheet, position);
    if (sheet.protection.protected && current.locked) {
      return refused(
        "protected",
        "Microsoft Excel",
        "The cell or chart you're trying to change is on a protected sheet.",
      );
    }
    const entry = typedEntry(text, current.numberFormat, this.locale);
    if ("value" in entry) {
      const check = checkValidation(current.validation, entry.value);
      if (!check.ok) return refused("validation", check.title, check.message);
    }
    const cell = cellAt(sheet, position);
    if ("formula" in entry) {
      cell.formula = entry.formula;
      cell.value = null;
    } else {
      delete cell.formula;
      cell.value = entry.value;
      if (entry.numberFormat) cell.numberFormat = entry.numberFormat;
    }
    this.host.recordChange({ sheetId: sheet.id, address: cellName(position), source, byAddin: false });
    await this.host.afterBatch();
    return { ok: true };
  }
}

function refused(
  reason: "protected" | "validation" | "no_sheet",
  title: string,
  message: string,
): TypingResult {
  return { ok: false, reason, title, message };
}
