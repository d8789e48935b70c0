import { isTemplateId, TEMPLATES } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import { valuesSchema } from "../templates/template-schema";
import { isValidOrgNumber } from "../units/org-number";
import { computeDigest, DIGEST_PATTERN } from "./digest";
import { findPrototypeKey } from "./find-prototype-key";
import type { PackageError } from "./package-error";
import { type PackageEnvelope, packageEnvelopeSchema } from "./package-schema";
import { PACKAGE_FORMAT, type SubmissionPackage } from "./submission-package";
import { zodRefusal } from "./zod-refusal";

/** The answer of `parsePackage`: the package, or the one reason it was refused. */
export type PackageParse = { ok: true; package: SubmissionPackage } | { ok: false; error: PackageError };

/** Years a package may be for: the reporting began long after 2000 and none is filed a century ahead. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

const refuse = (error: PackageError): PackageParse => ({ ok: false, error });

/**
 * Reads a package strictly (DESIGN.md): empty text, bad JSON, prototype keys, an unknown format,
 * member or field, a wrong type, an invalid unit or year, or a digest that does not match each give
 * a specific error and nothing else. Never throws; the package returned is a fresh copy.
 */
export function parsePackage(text: string): PackageParse {
  if (text.trim() === "") return refuse({ code: "package_empty", params: {} });
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return refuse({ code: "package_not_json", params: { detail: (error as Error).message } });
  }
  const forbidden = findPrototypeKey(json);
  if (forbidden) return refuse({ code: "package_prototype_key", path: forbidden.path, params: forbidden });
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    return refuse({ code: "package_shape", path: "", params: { detail: "not_object" } });
  }
  const format = (json as Record<string, unknown>).format;
  if (format !== PACKAGE_FORMAT)
    return refuse({ code: "package_format", params: { format: String(format ?? "") } });
  const envelope = packageEnvelopeSchema.safeParse(json);
  if (!envelope.success) return refuse(zodRefusal(envelope.error, json));
  return checkContents(envelope.data);
}

function checkContents(envelope: PackageEnvelope): PackageParse {
  const templates = checkTemplates(envelope.templates);
  if (!Array.isArray(templates)) return refuse(templates);
  if (!isValidOrgNumber(envelope.unit.org)) {
    return refuse({ code: "package_unit", path: "unit.org", params: { org: envelope.unit.org } });
  }
  if (envelope.year < YEAR_RANGE.min || envelope.year > YEAR_RANGE.max) {
    return refuse({ code: "package_year", path: "year", params: { year: envelope.year } });
  }
  const values = valuesSchema(templates).safeParse(envelope.values);
  if (!values.success) return refuse(zodRefusal(values.error, envelope.values, "values"));
  const unknownNote = Object.keys(envelope.notes).find((id) => !known(id, templates));
  if (unknownNote !== undefined) {
    const path = `notes.${unknownNote}`;
    return refuse({ code: "package_unknown_field", path, params: { field: unknownNote, path } });
  }
  return checkDigest(envelope);
}

/** Template ids must be known and at the catalogue's version; returns the ids or the refusal. */
function checkTemplates(templates: Record<string, string>): TemplateId[] | PackageError {
  const ids = Object.keys(templates);
  if (ids.length === 0)
    return { code: "package_shape", path: "templates", params: { path: "templates", detail: "empty" } };
  for (const id of ids) {
    const path = `templates.${id}`;
    if (!isTemplateId(id)) return { code: "package_unknown_field", path, params: { field: id, path } };
    if (templates[id] !== TEMPLATES[id].version) {
      return {
        code: "package_template_version",
        path,
        params: { template: id, version: templates[id] ?? "", expected: TEMPLATES[id].version },
      };
    }
  }
  return ids.filter(isTemplateId);
}

function known(id: string, templates: readonly TemplateId[]): boolean {
  return templates.some((template) => TEMPLATES[template].fields.some((field) => field.id === id));
}

function checkDigest(envelope: PackageEnvelope): PackageParse {
  if (!DIGEST_PATTERN.test(envelope.digest)) {
    return refuse({
      code: "package_shape",
      path: "digest",
      params: { path: "digest", detail: "digest_form" },
    });
  }
  const pkg = copyOf(envelope);
  const computed = computeDigest(pkg);
  if (computed !== envelope.digest) {
    return refuse({ code: "package_digest", path: "digest", params: { found: envelope.digest, computed } });
  }
  return { ok: true, package: pkg };
}

function copyOf(envelope: PackageEnvelope): SubmissionPackage {
  const pkg: SubmissionPackage = {
    format: PACKAGE_FORMAT,
    unit: { org: envelope.unit.org, name: envelope.unit.name },
    year: envelope.year,
    templates: { ...envelope.templates },
    values: { ...envelope.values },
    notes: { ...envelope.notes },
    digest: envelope.digest,
  };
  if (envelope.validation) pkg.validation = { ...envelope.validation };
  return pkg;
}
