/** Why a package was refused; each has words in `messages/`. Nothing of a refused package is imported. */
export type PackageErrorCode =
  | "package_empty"
  | "package_not_json"
  | "package_format"
  | "package_shape"
  | "package_type"
  | "package_unknown_field"
  | "package_prototype_key"
  | "package_digest"
  | "package_unit"
  | "package_year"
  | "package_template_version";

/** A refusal as data: the code, the member it concerns (JSON path such as `values.beds.x`), parameters. */
export interface PackageError {
  code: PackageErrorCode;
  path?: string;
  params: Record<string, string | number>;
}
