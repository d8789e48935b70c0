import type { PackageError } from "./package-error";

/** The value of a JSON text, or the one reason it is not I-JSON within the depth allowed. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; error: PackageError };

/** Keys that could reach an object's prototype if a reader ever copied them naively. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** What a backslash and one letter stand for in a JSON string. */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** Thrown inside the reader only, caught by `readJson`: it never leaves this file. */
class Refusal {
  constructor(readonly error: PackageError) {}
}

/**
 * Reads JSON (RFC 8259) as I-JSON (RFC 7493), stricter than `JSON.parse`, which keeps the last of
 * two equal keys without a word and recurses until the stack overflows: a duplicate key, a lone
 * surrogate (also when written as `\ud800`), a prototype key (`__proto__`, `constructor`,
 * `prototype`) and objects or arrays nested deeper than `maxDepth` are refused, and a syntax error
 * says its line and column. Recursion never goes deeper than `maxDepth`, so no input can overflow it.
 */
export function readJson(text: string, maxDepth: number): JsonRead {
  const reader = new JsonReader(text, maxDepth);
  try {
    const value = reader.document();
    return { ok: true, value };
  } catch (thrown) {
    if (thrown instanceof Refusal) return { ok: false, error: thrown.error };
    throw thrown;
  }
}

class JsonReader {
  private at = 0;
  /** Keys and indexes down to the value being read; joined only for a refusal. */
  private readonly path: string[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(): unknown {
    const value = this.value(0);
    this.skipSpace();
    if (this.at < this.text.length) this.syntax();
    return value;
  }

  private value(depth: number): unknown {
    this.skipSpace();
    const char = this.text[this.at];
    if (char === "{" || char === "[") {
      if (depth >= this.maxDepth) {
        const path = this.path.join(".");
        this.refuse({ code: "package_too_deep", path, params: { path, depth: this.maxDepth } });
      }
      return char === "{" ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (char === '"') return this.string();
    if (char === "t" || char === "f" || char === "n") return this.literal();
    return this.number();
  }

  private object(depth: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === "}") {
      this.at += 1;
      return object;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') this.syntax();
      const key = this.string();
      this.checkKey(object, key);
      this.skipSpace();
      this.expect(":");
      this.path.push(key);
      object[key] = this.value(depth);
      this.path.pop();
      this.skipSpace();
      if (this.text[this.at] === "}") break;
      this.expect(",");
    }
    this.at += 1;
    return object;
  }

  private checkKey(object: Record<string, unknown>, key: string): void {
    if (!FORBIDDEN_KEYS.has(key) && !Object.hasOwn(object, key)) return;
    const parent = this.path.join(".");
    const at = parent === "" ? key : `${parent}.${key}`;
    if (FORBIDDEN_KEYS.has(key)) {
      this.refuse({ code: "package_prototype_key", path: at, params: { key, path: at } });
    }
    this.refuse({ code: "package_duplicate_key", path: at, params: { key, path: parent } });
  }

  private array(depth: number): unknown[] {
    const array: unknown[] = [];
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === "]") {
      this.at += 1;
      return array;
    }
    for (;;) {
      this.path.push(String(array.length));
      array.push(this.value(depth));
      this.path.pop();
      this.skipSpace();
      if (this.text[this.at] === "]") break;
      this.expect(",");
    }
    this.at += 1;
    return array;
  }

  private string(): string {
    this.at += 1;
    let result = "";
    let run = this.at;
    let surrogates = false;
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (Number.isNaN(code) || code < 0x20) this.syntax();
      if (code === 0x22) break;
      if (code === 0x5c) {
        result += this.text.slice(run, this.at) + this.escape();
        run = this.at;
        surrogates = true; // an escape may write one
      } else {
        if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
        this.at += 1;
      }
    }
    result += this.text.slice(run, this.at);
    this.at += 1;
    if (surrogates && LONE_SURROGATE.test(result)) {
      const path = this.path.join(".");
      this.refuse({ code: "package_lone_surrogate", path, params: { path } });
    }
    return result;
  }

  private escape(): string {
    const letter = this.text[this.at + 1];
    if (letter !== undefined && Object.hasOwn(SIMPLE_ESCAPES, letter)) {
      this.at += 2;
      return SIMPLE_ESCAPES[letter] ?? "";
    }
    const hex = this.text.slice(this.at + 2, this.at + 6);
    if (letter !== "u" || !/^[0-9a-fA-F]{4}$/.test(hex)) {
      this.at += 1;
      this.syntax();
    }
    this.at += 6;
    return String.fromCharCode(Number.parseInt(hex, 16));
  }

  private number(): number {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match) this.syntax();
    this.at += match[0].length;
    return Number(match[0]);
  }

  private literal(): boolean | null {
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    return this.syntax();
  }

  private skipSpace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.at += 1;
    }
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.syntax();
    this.at += 1;
  }

  /** A syntax error at the reader's position: its line and column, counted from 1, and what stood there. */
  private syntax(): never {
    const before = this.text.slice(0, this.at);
    const line = before.split("\n").length;
    const column = this.at - before.lastIndexOf("\n");
    const found = String.fromCodePoint(this.text.codePointAt(this.at) ?? 0);
    const params = { line, column, found: this.at < this.text.length ? found : "" };
    return this.refuse({ code: "package_not_json", params });
  }

  private refuse(error: PackageError): never {
    throw new Refusal(error);
  }
}
