import type { ParamKind, ParamsOf } from "../report/param-kinds";

/**
 * Why a package is refused, with the kind of each parameter (as issues are: `report/issue.ts`).
 * Each has words in `messages/`; nothing of a refused package is imported. Everything a package
 * says about itself (its format, keys, paths) is of kind `text` or `path`, made printable.
 */
export const PACKAGE_ERROR_PARAMS = {
  package_empty: {},
  package_not_utf8: { byte: "position" },
  package_not_json: { line: "position", column: "position", found: "text" },
  package_duplicate_key: { key: "text", path: "path" },
  package_lone_surrogate: { path: "path" },
  package_too_deep: { path: "path", depth: "count" },
  package_format: { format: "text" },
  package_not_object: {},
  package_missing_member: { path: "path" },
  package_no_templates: {},
  package_digest_form: {},
  package_type: { path: "path", expected: "jsonType" },
  // A value outside its field's choices (a misspelt status code): the value and the codes allowed.
  package_choice: { path: "path", value: "text", choices: "text" },
  package_unknown_field: { field: "text", path: "path" },
  package_prototype_key: { key: "text", path: "path" },
  package_digest: {},
  package_digest_replaced: {},
  package_unit: { org: "text" },
  package_year: { year: "year" },
  package_template_version: { template: "text", version: "text", expected: "text" },
  package_unit_contradiction: { path: "path", value: "org", envelope: "org" },
  package_year_contradiction: { path: "path", value: "year", envelope: "year" },
} as const satisfies Record<string, Record<string, ParamKind>>;

/** Why a package was refused; each has words in `messages/`. */
export type PackageErrorCode = keyof typeof PACKAGE_ERROR_PARAMS;

/** The parameters of one refusal, typed by their kinds. */
export type PackageErrorParams<C extends PackageErrorCode = PackageErrorCode> = ParamsOf<
  (typeof PACKAGE_ERROR_PARAMS)[C]
>;

/**
 * A refusal as data: the code, the member it concerns (JSON path such as `values.beds.x`), parameters,
 * and the paths of the other members found wrong in the same check (`also`), so a user fixing a
 * package by hand learns every fault at once, not one per try.
 */
export type PackageError = {
  [C in PackageErrorCode]: {
    code: C;
    path?: string;
    params: PackageErrorParams<C>;
    also?: readonly string[];
  };
}[PackageErrorCode];
