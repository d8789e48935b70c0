/** One token of an Excel formula, as far as the templates' formulas need. */
export type FormulaToken =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "ref"; sheet?: string; cells: string }
  | { kind: "name"; value: string }
  | { kind: "op"; value: string }
  | { kind: "paren"; value: "(" | ")" }
  | { kind: "comma" };

const PATTERNS: readonly [RegExp, (match: RegExpExecArray) => FormulaToken | undefined][] = [
  [/^\s+/, () => undefined],
  [/^\d+(\.\d+)?([eE][+-]?\d+)?/, (m) => ({ kind: "number", value: Number(m[0]) })],
  [/^"((?:[^"]|"")*)"/, (m) => ({ kind: "string", value: (m[1] ?? "").replaceAll('""', '"') })],
  [
    /^(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)/u,
    (m) => ({ kind: "ref", sheet: (m[1] ?? m[2] ?? "").replaceAll("''", "'"), cells: m[3] ?? "" }),
  ],
  [/^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w(.])/, (m) => ({ kind: "ref", cells: m[0] })],
  [/^[A-Za-z_][\w.]*/, (m) => ({ kind: "name", value: m[0].toUpperCase() })],
  [/^(<=|>=|<>|[-+*/&=<>^%])/, (m) => ({ kind: "op", value: m[0] })],
  [/^[()]/, (m) => ({ kind: "paren", value: m[0] as "(" | ")" })],
  [/^[,;]/, () => ({ kind: "comma" })],
];

/** Splits a formula (without `=`) into tokens; undefined when it holds something the model cannot read. */
export function tokenizeFormula(formula: string): FormulaToken[] | undefined {
  const tokens: FormulaToken[] = [];
  let rest = formula;
  while (rest.length > 0) {
    const found = PATTERNS.find(([pattern]) => pattern.test(rest));
    if (!found) return undefined;
    const match = found[0].exec(rest) as RegExpExecArray;
    const token = found[1](match);
    if (token) tokens.push(token);
    rest = rest.slice(match[0].length);
  }
  return tokens;
}
