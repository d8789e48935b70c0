import type { Look } from "../../shared/templates/sheet-look";

/**
 * Queues a planned look on a range in Office.js terms; the look itself (colours, weight, wrapping)
 * is the shared plan's, the same the CLI's exceljs writer translates.
 */
export function queueLook(range: Excel.Range, look: Look): void {
  if (look.fill) range.format.fill.color = look.fill;
  if (look.bold) range.format.font.bold = true;
  if (look.italic) range.format.font.italic = true;
  if (look.color) range.format.font.color = look.color;
  if (look.size) range.format.font.size = look.size;
  if (look.wrap) range.format.wrapText = true;
}
