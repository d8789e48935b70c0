import { describe, expect, it } from "vitest";
import { newExcelModel } from "../../../addin/host/new-excel-model";
import { playgroundSetup } from "../../../addin/playground/playground-options";

const modelFor = (search: string) => {
  const setup = playgroundSetup(new URLSearchParams(search));
  if (!setup.ok) throw new Error(setup.message);
  return newExcelModel(setup.options);
};

describe("the playground's address", () => {
  it("?host=office2021 models Excel 2021: ExcelApi 1.14, SharedRuntime 1.1 but not 1.2", () => {
    const model = modelFor("?host=office2021");
    expect(model.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(model.isSetSupported("ExcelApi", "1.15")).toBe(false);
    expect(model.isSetSupported("SharedRuntime", "1.1")).toBe(true);
    expect(model.isSetSupported("SharedRuntime", "1.2")).toBe(false);
  });

  it("without a host it is Excel on the web (ExcelApi 1.20, SharedRuntime 1.2)", () => {
    const model = modelFor("");
    expect(model.isSetSupported("ExcelApi", "1.20")).toBe(true);
    expect(model.isSetSupported("SharedRuntime", "1.2")).toBe(true);
  });

  it("?excelApi=1.7 alone is Office 2019; with a host it lowers that host's ExcelApi", () => {
    expect(modelFor("?excelApi=1.7").isSetSupported("ExcelApi", "1.8")).toBe(false);
    const both = modelFor("?host=office2024&excelApi=1.10");
    expect(both.isSetSupported("ExcelApi", "1.11")).toBe(false);
    expect(both.isSetSupported("SharedRuntime", "1.2")).toBe(true);
  });

  it("an unknown host or level is refused with the known ones named, not replaced by the web", () => {
    expect(playgroundSetup(new URLSearchParams("?host=office2016"))).toEqual({
      ok: false,
      message: expect.stringMatching(/Ukjent vert «office2016»; kjente: web, .*office2019\. \/ Unknown host/),
    });
    expect(playgroundSetup(new URLSearchParams("?excelApi=latest"))).toMatchObject({ ok: false });
    expect(playgroundSetup(new URLSearchParams("?workbook=empty"))).toEqual({
      ok: true,
      empty: true,
      options: {},
    });
  });

  it("an unknown workbook is said, not silently the example (adversary A10)", () => {
    expect(playgroundSetup(new URLSearchParams("?workbook=nonsense"))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Ukjent arbeidsbok «nonsense»; kjent: empty .* \/ Unknown workbook 'nonsense'/,
      ),
    });
    expect(playgroundSetup(new URLSearchParams(""))).toMatchObject({ ok: true, empty: false });
  });
});
