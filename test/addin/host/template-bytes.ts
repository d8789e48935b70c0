import { writeTemplateWorkbook } from "../../../cli/workbook/write-template";
import type { TemplateId } from "../../../shared/templates/field";

/** A real template workbook, as `hso-report template` writes it (Telemark, 2024 unless told). */
export async function templateBytes(
  templates: readonly TemplateId[] = ["beds", "staffing"],
  unit = "983975267",
  year = 2024,
): Promise<Uint8Array> {
  return new Uint8Array(await writeTemplateWorkbook({ templates, unit, year }));
}
