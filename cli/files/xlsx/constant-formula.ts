/**
 * Works out a formula that is plain arithmetic on numbers (`2+2`, `(40+63)*1`, `-3^2`, `5%`), as
 * Excel would: unary minus binds before `^`, `^` is left-associative, `%` divides by 100. Anything
 * else (a cell, a function, text) is undefined: such a formula is reported, never guessed.
 */
export function evaluateConstantFormula(formula: string): number | { error: string } | undefined {
  const tokens = formula.replace(/^=/, "").match(/\d+(?:\.\d+)?(?:E[-+]?\d+)?|\.\d+|[-+*/^()%]|\s+|./gi);
  if (!tokens) return undefined;
  const parser = new Parser(tokens.filter((token) => !/^\s+$/.test(token)));
  try {
    const value = parser.expression();
    if (!parser.done()) return undefined;
    if (!Number.isFinite(value)) return { error: "#DIV/0!" };
    return value + 0;
  } catch {
    return undefined;
  }
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  expression(): number {
    let value = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      value = this.next() === "+" ? value + this.term() : value - this.term();
    }
    return value;
  }

  private term(): number {
    let value = this.power();
    while (this.peek() === "*" || this.peek() === "/") {
      value = this.next() === "*" ? value * this.power() : value / this.power();
    }
    return value;
  }

  private power(): number {
    let value = this.unary();
    while (this.peek() === "^") {
      this.next();
      value = value ** this.unary();
    }
    return value;
  }

  private unary(): number {
    if (this.peek() === "-" || this.peek() === "+") {
      const sign = this.next() === "-" ? -1 : 1;
      return sign * this.unary();
    }
    let value = this.primary();
    while (this.peek() === "%") {
      this.next();
      value /= 100;
    }
    return value;
  }

  private primary(): number {
    const token = this.next();
    if (token === "(") {
      const value = this.expression();
      if (this.next() !== ")") throw new Error("unbalanced");
      return value;
    }
    if (token !== undefined && /^(?:\d|\.\d)/.test(token)) return Number(token);
    throw new Error(`not arithmetic: ${token}`);
  }

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private next(): string | undefined {
    const token = this.tokens[this.at];
    this.at += 1;
    return token;
  }
}
