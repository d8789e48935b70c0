import ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readNamedWorkbook } from "../../../cli/files/read-workbook";
import { writeTemplateWorkbook } from "../../../cli/workbook/write-template";
import { isPercentFormat } from "../../../shared/numbers/percent-format";
import { workbookInput } from "../../../shared/report/workbook-input";
import { findField, TEMPLATES } from "../../../shared/templates/catalogue";
import { KINDS } from "../../../shared/templates/kinds";
import { templateAskedOf } from "../../../shared/units/unit-returns";
import { namedCell } from "../fill-workbook";

/** Number formats a controller or another tool may leave on a cell, percent ones among them. */
const FORMATS = [
  "General",
  "0",
  "0.0",
  "0.00",
  "#,##0",
  "#,##0.00",
  "0%",
  "0.0%",
  "0.00%",
  '0.0" %"',
  "0.0 %",
];

/** The input figures of both templates (formulas are the template's, not typed). */
const FIELDS = [TEMPLATES.beds, TEMPLATES.staffing]
  .flatMap((t) => templateAskedOf(t, "983975267").fields)
  .filter(
    (field) => !field.formula && ["beds", "places", "headcount", "fte", "percent"].includes(field.kind),
  );

let template: Buffer;
beforeAll(async () => {
  template = await writeTemplateWorkbook({ templates: ["beds", "staffing"], unit: "983975267", year: 2024 });
});

const figure = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((hundredths) => hundredths / 100),
);
const entry = fc.record({
  field: fc.constantFrom(...FIELDS.map((field) => field.id)),
  figure,
  format: fc.constantFrom(...FORMATS),
});

describe("figures written by exceljs in any format are read back as the same figures, or refused", {
  timeout: 300_000,
}, () => {
  it("holds for random fields, figures and number formats", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 8, selector: (e) => e.field }),
        async (entries) => {
          const workbook = new ExcelJS.Workbook();
          await workbook.xlsx.load(template as never);
          for (const { field, figure: shown, format } of entries) {
            const cell = namedCell(workbook, field);
            // What Excel stores when "6 %" is typed into a percent cell: 0.06.
            cell.value = isPercentFormat(format) ? shown / 100 : shown;
            // A style of its own: exceljs shares one style object among cells loaded with the same style.
            cell.style = { ...cell.style, numFmt: format };
          }
          const named = readNamedWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()));
          const { input } = workbookInput(named.read, ["beds", "staffing"]);
          for (const { field, figure: shown, format } of entries) {
            // A percent format on a field that is no percentage is never read (adversary A2): "5 200 %"
            // typed into a count is 52 in the cell, and neither 52 nor 5 200 is certainly the figure.
            if (isPercentFormat(format) && KINDS[findField(field)?.kind ?? "beds"].unit?.nb !== "%") {
              expect(input.problems?.[field]?.code, field).toBe("cell_percent_format");
              expect(input.values[field], field).toBeUndefined();
            } else expect(input.values[field], field).toBe(shown);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});
