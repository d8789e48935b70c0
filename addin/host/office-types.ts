/**
 * The members `K` of an Office.js class as a proxy of the model implements them: properties with
 * Office.js's own types (from @types/office-js), methods with its parameters; a method's result is
 * the model's own proxy. `class RangeProxy implements Mirror<Excel.Range, "values" | "getCell">`
 * makes a renamed member or a changed type in Office.js a compile error here.
 */
export type Mirror<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : T[P];
};
