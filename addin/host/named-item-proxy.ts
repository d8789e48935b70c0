import { parseBlock, splitReference } from "./cell-address";
import { ClientObject } from "./client-object";
import { CollectionObject } from "./collection-object";
import { evaluateFormula } from "./evaluate-formula";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import { RangeProxy } from "./range-proxy";
import { type RangeTarget, targetAddress } from "./range-target";
import type { ModelContext } from "./request-context";
import { apiValue } from "./sheet-cells";
import { findName, findSheet, type NameState } from "./workbook-state";
import { blockOn } from "./worksheet-proxy";

/** Excel's rule for a defined name: starts with a letter, `_` or `\`, no spaces, not a cell address. */
const VALID_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u;

/** `Excel.NamedItem`: a workbook-scoped name; `getRange()` chains without a round trip. */
export class NamedItemProxy
  extends ClientObject<NameState>
  implements
    Mirror<
      Excel.NamedItem,
      "name" | "value" | "formula" | "visible" | "comment" | "getRange" | "getRangeOrNullObject" | "delete"
    >
{
  constructor(
    context: ModelContext,
    locate: () => NameState | undefined,
    options: { nullable?: boolean; known?: boolean } = {},
  ) {
    super(context, locate, { ...options, label: "NamedItem" });
  }
  get name(): string {
    return this.get("name");
  }
  get type(): string {
    return this.get("type");
  }
  get value(): unknown {
    return this.get("value");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(formula: string) {
    this.command((entry) => assignReference(this.context, entry, formula));
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(visible: boolean) {
    this.command((entry) => {
      entry.visible = visible;
    });
  }
  get comment(): string {
    return this.get("comment");
  }

  /** The range the name refers to; `InvalidReference` at sync time when it is not a range (`#REF!`). */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => this.rangeOf(false));
  }
  /** As `getRange`, but a null object when the name is missing or not a range (ExcelApi 1.4). */
  getRangeOrNullObject(): RangeProxy {
    return new RangeProxy(this.context, () => this.rangeOf(true), { nullable: true });
  }
  delete(): void {
    this.command((entry) => {
      this.context.host.state.names.delete(entry.name.toLowerCase());
    });
  }

  protected snapshot(entry: NameState) {
    const target = rangeTarget(this.context, entry);
    const formula = target ? `=${targetAddress(target)}` : `=${entry.formula ?? "#REF!"}`;
    const value = target ? targetAddress(target) : constantValue(entry.formula ?? "#REF!");
    return {
      name: entry.name,
      type: target ? "Range" : typeOf(value),
      value,
      formula,
      visible: entry.visible,
      comment: entry.comment ?? "",
    };
  }
  protected defaultLoad() {
    return ["name", "type", "value", "formula", "visible", "comment"];
  }

  private rangeOf(nullable: boolean): RangeTarget | undefined {
    const entry = nullable ? this.locatorValue() : this.resolve();
    if (!entry) return undefined;
    const target = rangeTarget(this.context, entry);
    if (!target && !nullable)
      throw new ModelError(
        "InvalidReference",
        `The name '${entry.name}' does not refer to a range.`,
        entry.name,
      );
    return target;
  }

  private locatorValue(): NameState | undefined {
    return this.locator()();
  }
}

/** What a name that is not a range evaluates to: `#REF!` for a lost reference, else its constant. */
function constantValue(formula: string): string | number | boolean {
  return formula.startsWith("#")
    ? formula
    : apiValue(evaluateFormula(formula, () => null) ?? { error: "#NAME?" });
}

function typeOf(value: string | number | boolean): string {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return value.startsWith("#") ? "Error" : "String";
}

function rangeTarget(context: ModelContext, entry: NameState): RangeTarget | undefined {
  if (entry.sheet === undefined || entry.block === undefined) return undefined;
  const sheet = findSheet(context.host.state, entry.sheet);
  return sheet ? { sheet, block: entry.block } : undefined;
}

/** Points a name at a Range proxy or a reference text (`=Sheet!$C$7`), or keeps a constant formula. */
function assignReference(context: ModelContext, entry: NameState, reference: unknown): void {
  const target = reference instanceof RangeProxy ? reference.modelTarget() : undefined;
  if (target) {
    Object.assign(entry, { sheet: target.sheet.name, block: target.block });
    delete entry.formula;
    return;
  }
  const text = String(reference).replace(/^=/, "");
  const { sheet, cells } = splitReference(text);
  const looksLikeReference = !text.startsWith('"') && parseBlock(cells) !== undefined;
  const found = sheet === undefined || !looksLikeReference ? undefined : findSheet(context.host.state, sheet);
  if (found) {
    const { block } = blockOn(found, cells);
    Object.assign(entry, { sheet: found.name, block });
    delete entry.formula;
    return;
  }
  delete entry.sheet;
  delete entry.block;
  entry.formula = text;
}

/** `Excel.NamedItemCollection`: the workbook's defined names. */
export class NamedItemCollectionProxy
  extends CollectionObject<NameState, NamedItemProxy>
  implements Mirror<Excel.NamedItemCollection, "getItem" | "getItemOrNullObject" | "add">
{
  constructor(context: ModelContext) {
    super(context, "NamedItemCollection");
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => findName(this.context.host.state, name));
  }
  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => findName(this.context.host.state, name), {
      nullable: true,
    });
  }

  /** Adds a name for a Range or a formula; Excel refuses a taken or malformed name. */
  add(name: string, reference: unknown, comment?: string): NamedItemProxy {
    this.context.enqueue(() => {
      const { state } = this.context.host;
      if (!VALID_NAME.test(name))
        throw new ModelError("InvalidArgument", `'${name}' is not a valid name.`, "names.add");
      if (findName(state, name))
        throw new ModelError("ItemAlreadyExists", `The name '${name}' already exists.`, "names.add");
      this.context.host.recordWrite("NamedItemCollection.add");
      const entry: NameState = { name, visible: true, ...(comment ? { comment } : {}) };
      assignReference(this.context, entry, reference);
      state.names.set(name.toLowerCase(), entry);
    });
    return new NamedItemProxy(this.context, () => findName(this.context.host.state, name), { known: true });
  }
  protected targets(): NameState[] {
    return [...this.context.host.state.names.values()];
  }
  protected itemProxy(entry: NameState): NamedItemProxy {
    return new NamedItemProxy(this.context, () => entry, { known: true });
  }
}
