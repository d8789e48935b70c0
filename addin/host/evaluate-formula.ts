import { blockCells, type CellPosition, parseBlock } from "./cell-address";
import { type FormulaToken, tokenizeFormula } from "./formula-tokens";
import type { CellValue } from "./workbook-state";

/** Reads a cell's computed value; `sheet` is undefined for the formula's own sheet. */
export type CellLookup = (sheet: string | undefined, position: CellPosition) => CellValue;

type Scalar = number | string | boolean | null | { error: string };
type Operand = Scalar | Scalar[];

const VALUE_ERROR = { error: "#VALUE!" };

/**
 * Computes a formula the way Excel would for what the templates use: cell and range references,
 * + − * / &, comparisons, and SUM, COUNT, IF, OR, AND, ABS, ROUND. Anything else answers
 * undefined ("beyond this model"): this is a model of Excel, not Excel, and says so.
 */
export function evaluateFormula(formula: string, lookup: CellLookup): CellValue | undefined {
  const tokens = tokenizeFormula(formula);
  if (!tokens) return undefined;
  try {
    const parser = new Parser(tokens, lookup);
    const result = parser.expression();
    if (!parser.done()) return undefined;
    return Array.isArray(result) ? (result[0] ?? null) : result;
  } catch {
    return undefined;
  }
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: FormulaToken[],
    private readonly lookup: CellLookup,
  ) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  expression(): Operand {
    let left = this.concatenation();
    for (
      let op = this.takeOp("=", "<>", "<", ">", "<=", ">=");
      op;
      op = this.takeOp("=", "<>", "<", ">", "<=", ">=")
    ) {
      left = compare(op, scalar(left), scalar(this.concatenation()));
    }
    return left;
  }

  private concatenation(): Operand {
    let left = this.additive();
    while (this.takeOp("&")) left = joinText(scalar(left), scalar(this.additive()));
    return left;
  }

  private additive(): Operand {
    let left = this.term();
    for (let op = this.takeOp("+", "-"); op; op = this.takeOp("+", "-")) {
      left = arithmetic(op, scalar(left), scalar(this.term()));
    }
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    for (let op = this.takeOp("*", "/"); op; op = this.takeOp("*", "/")) {
      left = arithmetic(op, scalar(left), scalar(this.unary()));
    }
    return left;
  }

  private unary(): Operand {
    if (this.takeOp("-")) return arithmetic("-", 0, scalar(this.unary()));
    if (this.takeOp("+")) return this.unary();
    return this.primary();
  }

  private primary(): Operand {
    const token = this.tokens[this.at++];
    if (!token) throw new Error("end of formula");
    if (token.kind === "number" || token.kind === "string") return token.value;
    if (token.kind === "ref") return this.reference(token.sheet, token.cells);
    if (token.kind === "paren" && token.value === "(") {
      const inner = this.expression();
      this.expect(")");
      return inner;
    }
    if (token.kind === "name") return this.call(token.value);
    throw new Error("unexpected token");
  }

  private reference(sheet: string | undefined, cells: string): Operand {
    const block = parseBlock(cells);
    if (!block) return { error: "#REF!" };
    const values = blockCells(block)
      .flat()
      .map((position) => this.lookup(sheet, position));
    return block.rows * block.columns === 1 ? (values[0] ?? null) : values;
  }

  private call(name: string): Operand {
    if (name === "TRUE" || name === "FALSE") return name === "TRUE";
    this.expect("(");
    const args: Operand[] = [];
    if (!this.peekParen(")")) {
      do args.push(this.expression());
      while (this.takeComma());
    }
    this.expect(")");
    return applyFunction(name, args);
  }

  private takeOp(...ops: string[]): string | undefined {
    const token = this.tokens[this.at];
    if (token?.kind === "op" && ops.includes(token.value)) {
      this.at++;
      return token.value;
    }
    return undefined;
  }

  private takeComma(): boolean {
    if (this.tokens[this.at]?.kind !== "comma") return false;
    this.at++;
    return true;
  }

  private peekParen(value: "(" | ")"): boolean {
    const token = this.tokens[this.at];
    return token?.kind === "paren" && token.value === value;
  }

  private expect(value: "(" | ")"): void {
    if (!this.peekParen(value)) throw new Error(`expected ${value}`);
    this.at++;
  }
}

function isError(value: Scalar): value is { error: string } {
  return typeof value === "object" && value !== null;
}

function scalar(operand: Operand): Scalar {
  return Array.isArray(operand) ? VALUE_ERROR : operand;
}

/** Excel's coercion for arithmetic: blank is 0, numeric text is read, other text is `#VALUE!`. */
function toNumber(value: Scalar): number | { error: string } {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") return value;
  const trimmed = value.trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : VALUE_ERROR;
}

function arithmetic(op: string, left: Scalar, right: Scalar): Scalar {
  const a = toNumber(left);
  const b = toNumber(right);
  if (typeof a !== "number") return a;
  if (typeof b !== "number") return b;
  if (op === "/" && b === 0) return { error: "#DIV/0!" };
  const result = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
  // Excel shows 15 significant digits; rounding here keeps 0.1 + 0.2 from printing as 0.30000000000000004.
  return Number(result.toPrecision(15));
}

function joinText(left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  return `${left ?? ""}${right ?? ""}`;
}

function compare(op: string, left: Scalar, right: Scalar): Scalar {
  if (isError(left)) return left;
  if (isError(right)) return right;
  // A blank cell equals both "" and 0, as in Excel.
  const a = left === null ? (typeof right === "string" ? "" : 0) : left;
  const b = right === null ? (typeof a === "string" ? "" : 0) : right;
  const order = typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === "number" ? -1 : 1;
  const results: Record<string, boolean> = {
    "=": order === 0,
    "<>": order !== 0,
    "<": order < 0,
    ">": order > 0,
    "<=": order <= 0,
    ">=": order >= 0,
  };
  return results[op] ?? false;
}

function flatten(args: Operand[]): Scalar[] {
  return args.flatMap((arg) => (Array.isArray(arg) ? arg : [arg]));
}

function truthy(value: Scalar): boolean | { error: string } {
  if (isError(value)) return value;
  if (typeof value === "string") return value === "" ? false : VALUE_ERROR;
  return Boolean(value);
}

const FUNCTIONS: Record<string, (args: Operand[]) => Operand> = {
  SUM: (args) => {
    const cells = flatten(args);
    const error = cells.find(isError);
    if (error) return error;
    return cells.reduce<Scalar>(
      (total, cell) => (typeof cell === "number" ? arithmetic("+", total, cell) : total),
      0,
    );
  },
  COUNT: (args) => flatten(args).filter((cell) => typeof cell === "number").length,
  IF: ([condition, then = true, otherwise = false]) => {
    const test = truthy(scalar(condition ?? false));
    return typeof test === "object" ? test : test ? then : otherwise;
  },
  OR: (args) => logical(args, (values) => values.some(Boolean)),
  AND: (args) => logical(args, (values) => values.every(Boolean)),
  ABS: ([value]) => {
    const number = toNumber(scalar(value ?? null));
    return typeof number === "number" ? Math.abs(number) : number;
  },
  ROUND: ([value, digits]) => {
    const number = toNumber(scalar(value ?? null));
    const places = toNumber(scalar(digits ?? 0));
    if (typeof number !== "number") return number;
    if (typeof places !== "number") return places;
    const factor = 10 ** places;
    return Math.round(number * factor) / factor;
  },
};

function logical(args: Operand[], combine: (values: boolean[]) => boolean): Scalar {
  const values: boolean[] = [];
  for (const cell of flatten(args)) {
    const value = truthy(cell);
    if (typeof value === "object") return value;
    values.push(value);
  }
  return combine(values);
}

function applyFunction(name: string, args: Operand[]): Operand {
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`${name} is not modelled`);
  return fn(args);
}
