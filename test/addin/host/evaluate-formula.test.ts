import { describe, expect, it } from "vitest";
import type { CellPosition } from "../../../addin/host/cell-address";
import { cellName } from "../../../addin/host/cell-address";
import { evaluateFormula } from "../../../addin/host/evaluate-formula";
import type { CellValue } from "../../../addin/host/workbook-state";

const CELLS: Record<string, CellValue> = {
  C7: 50,
  C8: 53.5,
  C9: null,
  D9: 108,
  F1: "tekst",
  G1: { error: "#N/A" },
};
const lookup = (_sheet: string | undefined, position: CellPosition) => CELLS[cellName(position)] ?? null;

describe("evaluateFormula", () => {
  it.each([
    ["SUM(C7:C8)", 103.5],
    ['IF(COUNT(C7:C8)=0,"",SUM(C7:C8))', 103.5],
    ['IF(COUNT(C9:C9)=0,"",SUM(C9:C9))', ""],
    ['IF(OR(C7="",D9=""),"",C7-D9)', -58],
    ['IF(OR(C9="",D9=""),"",C9-D9)', ""],
    ["C7+C8*2", 157],
    ["(C7+C8)/2", 51.75],
    ["-C7", -50],
    ["0.1+0.2", 0.3],
    ['"a"&"b"', "ab"],
    ["C7/0", { error: "#DIV/0!" }],
    ["F1+1", { error: "#VALUE!" }],
    ["SUM(C7,G1)", { error: "#N/A" }],
    ["ROUND(C8/3,2)", 17.83],
    ["ABS(-2)", 2],
    ["AND(TRUE,C7>10)", true],
    ["VLOOKUP(C7,C8,1)", undefined],
    ["C7+", undefined],
  ])("%s → %j", (formula, expected) => {
    expect(evaluateFormula(formula, lookup)).toEqual(expected);
  });
});
