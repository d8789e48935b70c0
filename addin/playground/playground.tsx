import { render } from "preact";
import { createOfficeAdapter } from "../adapter/office-adapter";
import { bootTaskPane } from "../commands/boot-pane";
import type { ExcelModel } from "../host/excel-model";
import { loadExcelModel } from "../host/load-excel-model";
import { newExcelModel } from "../host/new-excel-model";
import { WorkbookGrid } from "./workbook-grid";
import "./playground.css";

/**
 * The playground: the real task pane beside a grid of a modelled workbook. `?workbook=empty` starts
 * from a blank workbook; `?excelApi=1.7` models volume-licensed Office 2019.
 */
async function openModel(query: URLSearchParams): Promise<ExcelModel> {
  const excelApi = query.get("excelApi") ?? undefined;
  const options = excelApi ? { excelApi } : {};
  if (query.get("workbook") === "empty") return newExcelModel(options);
  const response = await fetch("example.xlsx");
  if (!response.ok) return newExcelModel(options);
  return loadExcelModel(new Uint8Array(await response.arrayBuffer()), options);
}

async function start(): Promise<void> {
  const model = await openModel(new URLSearchParams(window.location.search));
  model.installGlobals();
  render(<WorkbookGrid model={model} />, document.getElementById("workbook") as HTMLElement);
  await bootTaskPane(document.getElementById("app") as HTMLElement, createOfficeAdapter());
}

start().catch((error: unknown) => {
  console.error("[hso playground]", error);
  (document.getElementById("workbook") as HTMLElement).textContent = `Feil / Error: ${String(error)}`;
});
