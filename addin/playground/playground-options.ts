import { HOSTS, type HostName } from "../host/api-sets";
import type { ExcelModelOptions } from "../host/excel-model";

/** What the playground's address asks for, or why it cannot be done (nb / en). */
export type PlaygroundSetup =
  | { ok: true; empty: boolean; options: ExcelModelOptions }
  | { ok: false; message: string };

const isHostName = (name: string): name is HostName => Object.hasOwn(HOSTS, name);

/**
 * The model the playground's address asks for: `?host=office2021` (any host of addin/host/api-sets.ts:
 * its requirement sets, SharedRuntime included), `?excelApi=1.7` (an ExcelApi level, on top of the
 * host when both are given), `?workbook=empty`. A host or level the model does not know is said, not
 * silently replaced by Excel on the web.
 */
export function playgroundSetup(query: URLSearchParams): PlaygroundSetup {
  const host = query.get("host");
  const excelApi = query.get("excelApi");
  if (host !== null && !isHostName(host)) {
    const known = Object.keys(HOSTS).join(", ");
    return {
      ok: false,
      message: `Ukjent vert «${host}»; kjente: ${known}. / Unknown host '${host}'; known: ${known}.`,
    };
  }
  if (excelApi !== null && !/^1\.\d{1,2}$/.test(excelApi)) {
    return {
      ok: false,
      message: `Ugyldig ExcelApi «${excelApi}» (f.eks. 1.7). / Invalid ExcelApi '${excelApi}' (e.g. 1.7).`,
    };
  }
  const workbook = query.get("workbook");
  // An unknown workbook is said too, not silently replaced by the example (adversary A10).
  if (workbook !== null && workbook !== "empty") {
    return {
      ok: false,
      message: `Ukjent arbeidsbok «${workbook}»; kjent: empty (uten den: eksempelet). / Unknown workbook '${workbook}'; known: empty (without it: the example).`,
    };
  }
  const options: ExcelModelOptions = { ...(host ? { host } : {}), ...(excelApi ? { excelApi } : {}) };
  return { ok: true, empty: workbook === "empty", options };
}
