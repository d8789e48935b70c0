import { TEMPLATES } from "../../shared/templates/catalogue";
import type { TemplateId } from "../../shared/templates/field";
import { planSheet } from "../../shared/templates/sheet-plan";
import { findUnit } from "../../shared/units/reporting-units";
import { templateAskedOf } from "../../shared/units/unit-returns";
import { metaXml, parseMetaXml } from "./meta-part";
import { queueMetaRead, readPiledMeta } from "./meta-parts";
import { quietly } from "./quiet-writes";
import { queueSheet } from "./render-plan";
import type { Capabilities, InsertResult, TemplateMeta } from "./workbook-adapter";

/** Whether neither the template's sheet nor any of its names is taken. */
function isFree(id: TemplateId, taken: ReadonlySet<string>): boolean {
  const template = TEMPLATES[id];
  return (
    !taken.has(template.sheet.toLowerCase()) &&
    !template.fields.some((field) => taken.has(field.id.toLowerCase()))
  );
}

/** The piled-up parts' meta, merged, as one part's XML. */
async function piledXml(context: Excel.RequestContext, ids: readonly string[]): Promise<string | undefined> {
  const meta = await readPiledMeta(context, ids);
  return meta && metaXml(meta);
}

/** Templates inserted earlier stay listed; the unit and year are the ones just chosen. */
function mergedMeta(
  oldXml: string | null | undefined,
  fresh: readonly TemplateId[],
  request: { unit: string; year: number },
): TemplateMeta {
  const earlier = parseMetaXml(oldXml)?.templates ?? {};
  const templates = { ...earlier, ...Object.fromEntries(fresh.map((id) => [id, TEMPLATES[id].version])) };
  return { templates, unit: request.unit, year: request.year };
}

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
  const metaRead = capabilities.xmlParts ? queueMetaRead(context.workbook) : undefined;
  await context.sync();
  const parts = metaRead?.();
  const oldXml =
    parts && parts.ids.length > 1 ? await piledXml(context, parts.ids) : (parts?.xml ?? undefined);
  const taken = new Set([...sheets.items, ...names.items].map((item) => item.name.toLowerCase()));
  const fresh = request.templates.filter((id) => isFree(id, taken));
  const fill = { unit: request.unit, unitName: findUnit(request.unit)?.name, year: request.year };
  quietly(context, () => {
    for (const id of fresh)
      queueSheet(
        context.workbook,
        planSheet(templateAskedOf(TEMPLATES[id], fill.unit), fill),
        capabilities.dataValidation,
      );
  });
  if (fresh.length > 0 && parts) {
    // Every copy goes, one part stays.
    for (const id of parts.ids) context.workbook.customXmlParts.getItem(id).delete();
    context.workbook.customXmlParts.add(metaXml(mergedMeta(oldXml, fresh, request)));
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
