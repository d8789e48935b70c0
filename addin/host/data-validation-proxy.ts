import { ClientObject } from "./client-object";
import { ModelError } from "./model-error";
import type { Mirror } from "./office-types";
import { type RangeTarget, targetCells } from "./range-target";
import type { ModelContext } from "./request-context";
import { cellAt, guardEdit, peekCell } from "./sheet-cells";
import { type CellState, DATA_VALIDATION_OPERATORS, type ValidationState } from "./workbook-state";

type Locate = () => RangeTarget | undefined;
type Basic = { formula1: string | number; formula2?: string | number; operator: string };

const RULE_KINDS: Record<string, ValidationState["type"]> = {
  decimal: "decimal",
  wholeNumber: "whole",
  date: "date",
  textLength: "textLength",
  list: "list",
  custom: "custom",
};

/** `Excel.ListDataValidation`'s own two keys; anything else is another spelling Excel does not know. */
const LIST_KEYS = new Set(["inCellDropDown", "source"]);

function ruleOf(validation: ValidationState | undefined): Record<string, unknown> {
  if (!validation) return {};
  if (validation.type === "list") {
    return { list: { inCellDropDown: validation.inCellDropDown ?? true, source: validation.source ?? "" } };
  }
  const key = Object.keys(RULE_KINDS).find((name) => RULE_KINDS[name] === validation.type) ?? "custom";
  const basic: Basic = { formula1: validation.formula1 ?? "", operator: validation.operator };
  if (validation.formula2 !== undefined) basic.formula2 = validation.formula2;
  return { [key]: basic };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A list rule as Excel takes it: `source` a comma-separated string (a Range source is not modelled),
 * and only the keys Office.js names.
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.listdatavalidation
 */
function listRule(before: ValidationState | undefined, list: Excel.ListDataValidation): ValidationState {
  const unknown = Object.keys(list).find((key) => !LIST_KEYS.has(key));
  if (unknown !== undefined || typeof list.source !== "string" || list.source.trim() === "") {
    throw new ModelError(
      "InvalidArgument",
      `A list rule takes inCellDropDown and a comma-separated source${unknown ? `, not '${unknown}'` : ""}.`,
      "DataValidation.rule",
    );
  }
  const { formula1: _1, formula2: _2, ...kept } = before ?? { ignoreBlanks: true };
  return {
    ...kept,
    type: "list",
    operator: "Between",
    source: list.source,
    inCellDropDown: list.inCellDropDown ?? true,
  };
}

/** `Excel.DataValidation` (ExcelApi 1.8): the rule, its input prompt and its error alert, per cell. */
export class DataValidationProxy
  extends ClientObject<RangeTarget>
  implements Mirror<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "clear">
{
  constructor(context: ModelContext, locate: Locate) {
    super(context, locate, { label: "DataValidation", known: true, nullable: true });
  }
  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  /** Excel refuses an operator Office.js does not name (`LessThanOrEqual`, `lessThanOrEqualTo`). */
  set rule(rule: Excel.DataValidationRule) {
    const entry = Object.entries(rule).find(([, value]) => value !== undefined);
    this.edit((cell) => {
      if (!entry) return;
      if (entry[0] === "list") {
        cell.validation = listRule(cell.validation, entry[1] as Excel.ListDataValidation);
        return;
      }
      const [kind, basic] = entry as [string, Basic];
      const operator = DATA_VALIDATION_OPERATORS.find((known) => known === basic.operator);
      if ((kind !== "list" && kind !== "custom" && !operator) || !(kind in RULE_KINDS)) {
        throw new ModelError(
          "InvalidArgument",
          `'${basic.operator}' is not an Excel.DataValidationOperator, or '${kind}' not a rule type.`,
          "DataValidation.rule",
        );
      }
      cell.validation = {
        ignoreBlanks: cell.validation?.ignoreBlanks ?? true,
        ...cell.validation,
        type: RULE_KINDS[kind] ?? "custom",
        operator: operator ?? "Between",
        formula1: basic.formula1,
        ...(basic.formula2 === undefined ? {} : { formula2: basic.formula2 }),
      };
    });
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.get("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.edit((cell) => {
      if (cell.validation) {
        cell.validation.prompt = { title: prompt.title, message: prompt.message, show: prompt.showPrompt };
      }
    });
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.edit((cell) => {
      if (!cell.validation) return;
      cell.validation.errorAlert = {
        title: alert.title,
        message: alert.message,
        show: alert.showAlert,
        style: lowerFirst(String(alert.style)) as "stop",
      };
    });
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }
  set ignoreBlanks(ignore: boolean) {
    this.edit((cell) => {
      if (cell.validation) cell.validation.ignoreBlanks = ignore;
    });
  }
  get type(): string {
    return this.get("type");
  }
  clear(): void {
    this.edit((cell) => {
      delete cell.validation;
    });
  }
  protected snapshot(target: RangeTarget) {
    const validation = peekCell(target.sheet, {
      row: target.block.top,
      column: target.block.left,
    }).validation;
    return {
      rule: ruleOf(validation),
      type: validation ? (Object.keys(ruleOf(validation))[0] ?? "None") : "None",
      ignoreBlanks: validation?.ignoreBlanks ?? true,
      prompt: {
        showPrompt: validation?.prompt?.show ?? false,
        title: validation?.prompt?.title ?? "",
        message: validation?.prompt?.message ?? "",
      },
      errorAlert: {
        showAlert: validation?.errorAlert?.show ?? true,
        style: capitalise(validation?.errorAlert?.style ?? "stop"),
        title: validation?.errorAlert?.title ?? "",
        message: validation?.errorAlert?.message ?? "",
      },
    };
  }
  protected defaultLoad() {
    return ["rule", "type", "ignoreBlanks", "prompt", "errorAlert"];
  }

  private edit(apply: (cell: CellState) => void): void {
    this.command((target) => {
      guardEdit(target.sheet, target.block, "format");
      for (const position of targetCells(target).flat()) apply(cellAt(target.sheet, position));
    });
  }
}
