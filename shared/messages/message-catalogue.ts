import type { PACKAGE_ERROR_PARAMS } from "../package/package-error";
import type { ISSUE_PARAMS } from "../report/issue";
import type { ParamKind } from "../report/param-kinds";

/**
 * The parameters of a shape of kinds as the words see them: every value already in words (numbers
 * written the language's way, field ids as labels, lists joined), so no raw value reaches the words.
 * A count is also given as its number, under its name with `N` (`decimalsN`), so the words can
 * choose the noun's plural.
 */
export type Worded<Shape extends Readonly<Record<string, ParamKind>>> = {
  readonly [K in keyof Shape]: string;
} & {
  readonly [K in keyof Shape as Shape[K] extends "count" ? `${K & string}N` : never]: number;
};

type IssueShapes = typeof ISSUE_PARAMS;
type PackageErrorShapes = typeof PACKAGE_ERROR_PARAMS;

/** One language's words for every issue and package error; a missing code or parameter does not compile. */
export interface MessageCatalogue {
  issues: { [C in keyof IssueShapes]: (p: Worded<IssueShapes[C]>) => string };
  packageErrors: { [C in keyof PackageErrorShapes]: (p: Worded<PackageErrorShapes[C]>) => string };
  /** Appended to a refusal that found more than one wrong member: their paths, already printable. */
  packageAlso: (paths: string) => string;
  /** Words for the reasons `parseNumber` gives. */
  numberReasons: Record<string, string>;
  /** Words for the JSON types a package member may have had to be. */
  jsonTypes: Record<string, string>;
  /** Words for what a defined name may point at instead of one cell. */
  nameTargets: Record<string, string>;
  /** The noun of a field kind's unit, singular and plural ("plass"/"plasser"), for amounts. */
  unitNouns: Record<string, { one: string; other: string }>;
}
