import type { FormControl } from "./form-control";

/** How a form writes decimals: "1769,5" (comma) or "1769.5" (point). */
export type DecimalStyle = "comma" | "point";

/**
 * The decimal style a control expects. A `type=number` input only ever accepts a point (the
 * browser empties it otherwise), so that wins over everything; then the profile's field or form
 * setting; then hints on the page (placeholder example, `pattern`, the nearest `lang`); Norwegian
 * comma by default (DOMAIN rule 6).
 */
export function decimalStyle(control: FormControl, stated?: DecimalStyle): DecimalStyle {
  if (control instanceof HTMLInputElement && control.type === "number") return "point";
  if (stated !== undefined) return stated;
  return hintedStyle(control) ?? "comma";
}

function hintedStyle(control: FormControl): DecimalStyle | undefined {
  const placeholder = control.getAttribute("placeholder") ?? "";
  if (/\d\.\d/.test(placeholder)) return "point";
  if (/\d,\d/.test(placeholder)) return "comma";
  const pattern = control.getAttribute("pattern") ?? "";
  if (pattern.includes(",")) return "comma";
  if (/\\\.|\[\.\]/.test(pattern)) return "point";
  const lang = control.closest("[lang]")?.getAttribute("lang")?.toLowerCase() ?? "";
  if (/^(nb|nn|no|da|sv|de|fr)\b/.test(lang)) return "comma";
  if (/^en\b/.test(lang)) return "point";
  return undefined;
}
