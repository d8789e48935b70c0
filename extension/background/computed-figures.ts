import { findField } from "../../shared/templates/catalogue";
import type { FigureRow } from "../messages";

/**
 * Whether a figure is one the sheet and the core compute from others (activity's rejection rates,
 * phone and video shares): never typed by a controller, sent to a form only in case it asks.
 */
export function isComputed(id: string): boolean {
  return findField(id)?.share !== undefined;
}

const unasked = (row: FigureRow) => row.outcome === "not_found" && row.ids.every(isComputed);

/**
 * A computed figure that no field of the page asks for is not missing, and not a row of the
 * report: most forms compute the rate themselves, and listing "Avvisningsrate" as not found after
 * every activity fill buried what was really left undone. Asked for and not filled (ambiguous,
 * read-only, refused …), it is reported as any figure is.
 */
export function withoutUnaskedComputed<T extends { rows: FigureRow[]; missing?: string[] }>(result: T): T {
  const dropped = new Set(result.rows.filter(unasked).flatMap((row) => row.ids));
  if (dropped.size === 0) return result;
  const rows = result.rows.filter((row) => !unasked(row));
  const missing = result.missing?.filter((id) => !dropped.has(id));
  return { ...result, rows, ...(missing === undefined ? {} : { missing }) };
}
