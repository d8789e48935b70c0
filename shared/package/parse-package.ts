import { isTemplateId, TEMPLATES } from "../templates/catalogue";
import type { TemplateId } from "../templates/field";
import { valuesSchema } from "../templates/template-schema";
import { isValidOrgNumber } from "../units/org-number";
import { contradiction } from "./contradiction";
import { decodeUtf8 } from "./decode-utf8";
import { computeDigest, DIGEST_PATTERN } from "./digest";
import type { PackageError } from "./package-error";
import { type PackageEnvelope, packageEnvelopeSchema } from "./package-schema";
import { readJson } from "./read-json";
import { PACKAGE_FORMAT, type SubmissionPackage } from "./submission-package";
import { zodRefusal } from "./zod-refusal";

/** The answer of `parsePackage`: the package, or the one reason it was refused. */
export type PackageParse = { ok: true; package: SubmissionPackage } | { ok: false; error: PackageError };

/** Years a package may be for: the reporting began long after 2000 and none is filed a century ahead. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** How deep the format nests: the package object, and the objects of its members (`unit`, `values` …). */
export const PACKAGE_DEPTH = 2;

const refuse = (error: PackageError): PackageParse => ({ ok: false, error });

/**
 * Reads a package strictly (docs/package.md): bytes that are not UTF-8, text that is not I-JSON
 * (duplicate keys, lone surrogates, prototype keys, nesting deeper than the format), an unknown
 * format, member or field, a wrong type, an invalid unit or year, a digest that does not match, and
 * values that contradict the envelope each give a specific error and nothing else. Give it the
 * file's bytes where there are bytes (only then can "not UTF-8" be told for certain). A leading
 * byte-order mark is skipped. Never throws; the package returned is a fresh copy.
 */
export function parsePackage(input: string | Uint8Array): PackageParse {
  const text = typeof input === "string" ? input.replace(/^\uFEFF/, "") : decodeBytes(input);
  if (typeof text !== "string") return refuse(text);
  if (text.trim() === "") return refuse({ code: "package_empty", params: {} });
  const json = readJson(text, PACKAGE_DEPTH);
  if (!json.ok) return refuse(json.error);
  if (json.value === null || typeof json.value !== "object" || Array.isArray(json.value)) {
    return refuse({ code: "package_not_object", path: "", params: {} });
  }
  const format = (json.value as Record<string, unknown>).format;
  if (format !== PACKAGE_FORMAT) {
    return refuse({ code: "package_format", params: { format: String(format ?? "") } });
  }
  const envelope = packageEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return refuse(zodRefusal(envelope.error, json.value));
  const parsed = checkContents(envelope.data);
  // Letters read in another encoding become U+FFFD, and the digest then fails: say which it is.
  if (!parsed.ok && parsed.error.code === "package_digest" && text.includes("\ufffd")) {
    return refuse({ code: "package_digest_replaced", path: "digest", params: {} });
  }
  return parsed;
}

/** The text of a file's bytes (a UTF-8 byte-order mark skipped), or why they are not UTF-8. */
function decodeBytes(bytes: Uint8Array): string | PackageError {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const decoded = decodeUtf8(bom === 0 ? bytes : bytes.subarray(bom));
  if (decoded.ok) return decoded.text;
  return { code: "package_not_utf8", params: { byte: decoded.offset + bom + 1 } };
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
  const digested = checkDigest(envelope);
  if (!digested.ok) return digested;
  const contradicted = contradiction(digested.package, templates);
  return contradicted ? refuse(contradicted) : digested;
}

/** Template ids must be known and at the catalogue's version; returns the ids or the refusal. */
function checkTemplates(templates: Record<string, string>): TemplateId[] | PackageError {
  const ids = Object.keys(templates);
  if (ids.length === 0) return { code: "package_no_templates", path: "templates", params: {} };
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
    return refuse({ code: "package_digest_form", path: "digest", params: {} });
  }
  const pkg = copyOf(envelope);
  const computed = computeDigest(pkg);
  if (computed !== envelope.digest) return refuse({ code: "package_digest", path: "digest", params: {} });
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
