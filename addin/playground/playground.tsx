import { render } from "preact";
import { createOfficeAdapter } from "../adapter/office-adapter";
import { bootTaskPane } from "../commands/boot-pane";
import type { ExcelModel } from "../host/excel-model";
import { loadExcelModel } from "../host/load-excel-model";
import { newExcelModel } from "../host/new-excel-model";
import { playgroundSetup } from "./playground-options";
import { WorkbookGrid } from "./workbook-grid";
import "./playground.css";

/**
 * The playground: the real task pane beside a grid of a modelled workbook. `?workbook=empty` starts
 * from a blank workbook; `?host=office2021` models that Excel, `?excelApi=1.7` an ExcelApi level
 * (volume-licensed Office 2019): playground-options.ts.
 */
async function openModel(query: URLSearchParams): Promise<ExcelModel> {
  const setup = playgroundSetup(query);
  if (!setup.ok) throw new Error(setup.message);
  if (setup.empty) return newExcelModel(setup.options);
  const response = await fetch("example.xlsx");
  if (!response.ok) return newExcelModel(setup.options);
  return loadExcelModel(new Uint8Array(await response.arrayBuffer()), setup.options);
}

async function start(): Promise<void> {
  const model = await openModel(new URLSearchParams(window.location.search));
  model.installGlobals();
  render(<WorkbookGrid model={model} />, document.getElementById("workbook") as HTMLElement);
  await bootTaskPane(document.getElementById("app") as HTMLElement, createOfficeAdapter());
}

start().catch((error: unknown) => {
  console.error("[hso playground]", error);
  (document.getElementById("workbook") as HTMLElement).textContent =
    `Feil / Error: ${error instanceof Error ? error.message : String(error)}`;
});
