import { META_NAMESPACE, parseMetaXml } from "./meta-part";
import type { TemplateMeta } from "./workbook-adapter";

/**
 * Queues reading the add-in's meta part: the one part's XML, and the ids of all parts of the
 * namespace, because `getOnlyItemOrNullObject` is a null object when copies piled up (two or more).
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection#excel-excel-customxmlpartscopedcollection-getonlyitemornullobject-member(1)
 */
export function queueMetaRead(workbook: Excel.Workbook) {
  const scoped = workbook.customXmlParts.getByNamespace(META_NAMESPACE);
  const parts = scoped.load("items/id");
  const only = scoped.getOnlyItemOrNullObject().getXml() as OfficeExtension.ClientResult<string | null>;
  return () => ({ xml: only.value, ids: parts.items.map((part) => part.id) });
}

/** Every part's meta merged: the templates of all, unit, year and digest of the last one readable. */
export function mergeMeta(xmls: readonly (string | null | undefined)[]): TemplateMeta | undefined {
  const metas = xmls.map(parseMetaXml).filter((meta) => meta !== undefined);
  const last = metas.at(-1);
  if (!last) return undefined;
  return { ...last, templates: Object.assign({}, ...metas.map((meta) => meta.templates)) };
}

/** One sync: the XML of each of these parts, merged (when copies piled up). */
export async function readPiledMeta(context: Excel.RequestContext, ids: readonly string[]) {
  const xmls = ids.map((id) => context.workbook.customXmlParts.getItem(id).getXml());
  await context.sync();
  return mergeMeta(xmls.map((xml) => xml.value));
}
