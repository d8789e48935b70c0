import { isTemplateId } from "../../shared/templates/catalogue";
import type { TemplateMeta } from "./workbook-adapter";

/** The namespace of the add-in's custom XML part; a version in the path lets the shape change later. */
export const META_NAMESPACE = "https://hso.no/reporting/template/1";

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The part's XML for a template workbook's meta data. */
export function metaXml(meta: TemplateMeta): string {
  const templates = Object.entries(meta.templates)
    .map(([id, version]) => `<t id="${escapeXml(id)}" version="${escapeXml(String(version))}"/>`)
    .join("");
  const optional = (tag: string, value: string | undefined) =>
    value === undefined ? "" : `<${tag}>${escapeXml(value)}</${tag}>`;
  return (
    `<template xmlns="${META_NAMESPACE}"><templates>${templates}</templates>` +
    `<unit>${escapeXml(meta.unit)}</unit><year>${meta.year}</year>` +
    `${optional("lastDigest", meta.lastDigest)}${optional("validatedAt", meta.validatedAt)}</template>`
  );
}

function element(xml: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml);
  return match ? unescapeXml(match[1] ?? "") : undefined;
}

/** Reads the part back; undefined for XML that is not ours or is malformed (a workbook is outside data). */
export function parseMetaXml(xml: string | null | undefined): TemplateMeta | undefined {
  if (!xml?.includes(META_NAMESPACE)) return undefined;
  const year = Number(element(xml, "year"));
  const unit = element(xml, "unit");
  if (!Number.isInteger(year) || unit === undefined) return undefined;
  const templates: TemplateMeta["templates"] = {};
  for (const match of xml.matchAll(/<t id="([^"]*)" version="([^"]*)"\/>/g)) {
    const id = unescapeXml(match[1] ?? "");
    if (isTemplateId(id)) templates[id] = unescapeXml(match[2] ?? "");
  }
  const lastDigest = element(xml, "lastDigest");
  const validatedAt = element(xml, "validatedAt");
  return {
    templates,
    unit,
    year,
    ...(lastDigest === undefined ? {} : { lastDigest }),
    ...(validatedAt === undefined ? {} : { validatedAt }),
  };
}
