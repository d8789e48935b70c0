import { describe, expect, it } from "vitest";
import { LANGS } from "../../../shared/messages/lang";
import { readNumber } from "../../../shared/report/read-value";
import { readChoice, STATUS_CHOICES } from "../../../shared/templates/choices";
import { KIND_SCHEMAS } from "../../../shared/templates/kind-schemas";
import { type FieldKind, KINDS, kindsWhere, numberFormatOf } from "../../../shared/templates/kinds";

const kinds = Object.keys(KINDS) as FieldKind[];

describe("the kind table", () => {
  it.each(kinds)("%s: a number format, a validation rule with words in every language, a schema", (kind) => {
    const def = KINDS[kind];
    expect(def.numberFormat.length).toBeGreaterThan(0);
    for (const lang of LANGS) expect(def.validation.error[lang].length).toBeGreaterThan(0);
    expect(typeof KIND_SCHEMAS[kind]().safeParse).toBe("function");
    if (def.unit) for (const lang of LANGS) expect(def.unit[lang].length).toBeGreaterThan(0);
  });

  it("gives each numeric kind bounds the data-validation rule repeats", () => {
    for (const kind of kindsWhere((def) => def.numeric)) {
      const def = KINDS[kind];
      expect(def.validation.min, kind).toBe(def.min);
      expect(def.validation.max, kind).toBe(def.max);
    }
  });

  it("says which kinds are whole, which have decimals and which go in half steps", () => {
    expect(kindsWhere((def) => def.decimals === 0)).toEqual(["headcount", "count"]);
    expect(KINDS.days.decimals).toBe(1);
    expect(KINDS.fte.decimals).toBe(2);
    expect(kindsWhere((def) => def.step === 0.5)).toEqual(["beds", "places"]);
  });

  it("keeps an org. no. text in Excel and gives FTE two decimals", () => {
    expect(numberFormatOf("org")).toBe("@");
    expect(numberFormatOf("fte")).toBe("#,##0.00");
    expect(numberFormatOf("date")).toBe("dd.mm.yyyy");
  });

  it("reads a value into what a package holds, per kind", () => {
    const read = (kind: FieldKind, raw: string | number) => KINDS[kind].read(raw, () => readNumber(raw));
    expect(read("org", "983 975 267")).toBe("983975267");
    expect(read("date", "15.11.2024")).toBe("2024-11-15");
    expect(read("beds", "258,5")).toBe(258.5);
    expect(read("status", "På plass")).toBe("in_place");
    expect(read("status", "in progress")).toBe("in_progress");
    expect(read("status", "kanskje")).toBeUndefined();
  });

  it("accepts only the status codes in a package", () => {
    expect(KIND_SCHEMAS.status().safeParse("in_place").success).toBe(true);
    expect(KIND_SCHEMAS.status().safeParse("på plass").success).toBe(false);
    expect(KIND_SCHEMAS.count().safeParse(Number.NaN).success).toBe(false);
  });

  it("lists the status choices in Excel's list rule as the sheet shows them", () => {
    expect(KINDS.status.validation).toMatchObject({
      type: "list",
      list: ["ikke startet", "under arbeid", "på plass"],
    });
  });
});

describe("readChoice", () => {
  it.each([
    ["not_started", "not_started"],
    ["  Ikke   startet ", "not_started"],
    ["UNDER ARBEID", "in_progress"],
    ["in place", "in_place"],
  ])("reads %j as %s", (raw, code) => {
    expect(readChoice(STATUS_CHOICES, raw)?.code).toBe(code);
  });

  it.each([[""], ["på plas"], ["startet"], [3]])("names no choice for %j", (raw) => {
    expect(readChoice(STATUS_CHOICES, raw)).toBeUndefined();
  });
});
