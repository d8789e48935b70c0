/** `Excel.run` as the adapter calls it: with a batch, or with a context to reuse (removing handlers). */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(object: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}
