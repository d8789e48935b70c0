import { describe, expect, it } from "vitest";
import { evaluateConstantFormula } from "../../../cli/files/xlsx/constant-formula";
import { nameTarget } from "../../../cli/files/xlsx/name-target";
import { dimensionRows, mergeCovers, readSheetCells } from "../../../cli/files/xlsx/sheet-cells";
import { stringItemText, xmlText } from "../../../cli/files/xlsx/xml-text";

describe("evaluateConstantFormula", () => {
  it.each([
    ["2+2", 4],
    ["=2+2", 4],
    ["(40+63)*1", 103],
    ["-3^2", 9],
    ["2^3^2", 64],
    ["10/4", 2.5],
    ["50%", 0.5],
    [" 1 + 2 * 3 ", 7],
    ["1.5E2", 150],
  ])("%j is %d, as Excel works it out", (formula, value) => {
    expect(evaluateConstantFormula(formula)).toBe(value);
  });

  it("division by zero is Excel's #DIV/0!", () => {
    expect(evaluateConstantFormula("1/0")).toEqual({ error: "#DIV/0!" });
  });

  it.each(["C7+1", "SUM(1,2)", '"a"&"b"', "(1+2", "1+", "TODAY()", "1 2", ""])(
    "%j is not worked out",
    (formula) => {
      expect(evaluateConstantFormula(formula)).toBeUndefined();
    },
  );
});

describe("nameTarget", () => {
  it.each([
    ["'Døgnplasser'!$C$9", { kind: "cell", sheet: "Døgnplasser", address: "C9" }],
    ["Ark1!C9", { kind: "cell", sheet: "Ark1", address: "C9" }],
    ["'Per''s ark'!$C$9:$C$9", { kind: "cell", sheet: "Per's ark", address: "C9" }],
    ["'Døgnplasser'!$C$8:$D$8", { kind: "range", sheet: "Døgnplasser", range: "C8:D8" }],
    ["'Døgnplasser'!$C:$C", { kind: "column", text: "'Døgnplasser'!$C:$C" }],
    ["Ark1!$7:$7", { kind: "row", text: "Ark1!$7:$7" }],
    ["2024", { kind: "constant", text: "2024" }],
    ['"983975267"', { kind: "constant", text: '"983975267"' }],
    ["'Døgnplasser'!#REF!", { kind: "deleted" }],
    ["#REF!", { kind: "deleted" }],
    ["[1]Ark1!$C$9", { kind: "other", text: "[1]Ark1!$C$9" }],
    ["OFFSET(Ark1!$A$1,2,2)", { kind: "other", text: "OFFSET(Ark1!$A$1,2,2)" }],
    ["Ark1!$C$7,Ark1!$C$8", { kind: "other", text: "Ark1!$C$7,Ark1!$C$8" }],
  ])("%j", (refersTo, target) => {
    expect(nameTarget(refersTo)).toEqual(target);
  });
});

describe("mergeCovers", () => {
  it("knows the cells of a merged area", () => {
    expect(mergeCovers("B7:C8", "C7")).toBe(true);
    expect(mergeCovers("B7:C8", "B8")).toBe(true);
    expect(mergeCovers("B7:C8", "D7")).toBe(false);
    expect(mergeCovers("B7:C8", "C9")).toBe(false);
    expect(mergeCovers("AA1:AB2", "AB2")).toBe(true);
  });
});

describe("readSheetCells", () => {
  it("counts positions where a writer leaves out r, and reads every kind of cell", () => {
    const xml = `<worksheet><dimension ref="A1:D3"/><sheetData>
      <row><c><v>1</v></c><c t="s"><v>0</v></c></row>
      <row r="3"><c r="B3" t="inlineStr"><is><r><t>ti</t></r><r><t xml:space="preserve">tt &amp; </t></r></is></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c s="2"><f>SUM(A1:A2)</f></c></row>
    </sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells></worksheet>`;
    const read = readSheetCells(xml, new Set(["A1", "B1", "B3", "C3", "D3", "E3"]));
    expect(read.cells.get("A1")).toMatchObject({ type: "n", value: "1" });
    expect(read.cells.get("B1")).toMatchObject({ type: "s", value: "0" });
    expect(read.cells.get("B3")).toMatchObject({ type: "inlineStr" });
    expect(stringItemText(read.cells.get("B3")?.inline ?? "")).toBe("titt & ");
    expect(read.cells.get("C3")).toMatchObject({ type: "b", value: "1" });
    expect(read.cells.get("D3")).toMatchObject({ type: "e", value: "#REF!" });
    expect(read.cells.get("E3")).toEqual({ type: "n", style: 2, formula: "SUM(A1:A2)" });
    expect(read.merges).toEqual(["A1:A2"]);
    expect(dimensionRows(xml)).toBe(3);
  });
});

describe("xmlText", () => {
  it("decodes entities and OOXML's _xHHHH_ escapes", () => {
    expect(xmlText("a &lt;b&gt; &#229;&#x2013;_x000D_")).toBe("a <b> å–\r");
  });
});
