import { TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { planSheet } from "../../shared/templates/sheet-plan";
import { findUnit } from "../../shared/units/reporting-units";
import { META_NAMESPACE, metaXml, parseMetaXml } from "./meta-part";
import { queueSheet } from "./render-plan";
import type { Capabilities, InsertResult } from "./workbook-adapter";

/**
 * Inserts template sheets for a unit and year: one sync to see which sheets, names and meta part
 * exist, one to write every sheet (and the meta part). A template whose sheet or names are already there is left
 * alone and reported, never overwritten. Without ExcelApi 1.8 the sheets come without data-validation
 * rules and prompts, and the result says so.
 */
export async function insertTemplates(
  context: Excel.RequestContext,
  capabilities: Capabilities & { xmlParts: boolean },
  request: { templates: readonly TemplateId[]; unit: string; year: number },
): Promise<InsertResult> {
  const sheets = context.workbook.worksheets.load("items/name");
  const names = context.workbook.names.load("items/name");
  const metaPart = capabilities.xmlParts
    ? context.workbook.customXmlParts.getByNamespace(META_NAMESPACE).getOnlyItemOrNullObject()
    : undefined;
  const oldXml = metaPart?.getXml();
  await context.sync();
  const taken = new Set([...sheets.items, ...names.items].map((item) => item.name.toLowerCase()));
  const fresh = request.templates.filter((id) => {
    const template = TEMPLATES[id];
    return (
      !taken.has(template.sheet.toLowerCase()) &&
      !template.fields.some((field) => taken.has(field.id.toLowerCase()))
    );
  });
  const fill = { unit: request.unit, unitName: findUnit(request.unit)?.name, year: request.year };
  for (const id of fresh)
    queueSheet(context.workbook, planSheet(TEMPLATES[id], fill), capabilities.dataValidation);
  if (fresh.length > 0 && metaPart) {
    // Templates inserted earlier stay listed; the unit and year are the ones just chosen.
    const earlier = parseMetaXml(oldXml?.value)?.templates ?? {};
    const templates = { ...earlier, ...Object.fromEntries(fresh.map((id) => [id, TEMPLATES[id].version])) };
    if (!metaPart.isNullObject) metaPart.delete();
    context.workbook.customXmlParts.add(metaXml({ templates, unit: request.unit, year: request.year }));
  }
  const first = fresh[0];
  if (first) context.workbook.worksheets.getItem(TEMPLATES[first].sheet).activate();
  await context.sync();
  return {
    sheets: fresh.map((id) => TEMPLATES[id].sheet),
    missing: capabilities.dataValidation ? [] : ["dataValidation"],
    existing: request.templates.filter((id) => !fresh.includes(id)).map((id) => TEMPLATES[id].sheet),
  };
}
