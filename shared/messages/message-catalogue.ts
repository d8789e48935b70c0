import type { PACKAGE_ERROR_PARAMS } from "../package/package-error";
import type { ISSUE_PARAMS } from "../report/issue";
import type { ParamKind } from "../report/param-kinds";

/** A count as the words receive it: its number for `Intl.PluralRules` and its text in the language. */
export interface WordedCount {
  n: number;
  text: string;
}

/**
 * The parameters of a shape of kinds as the words see them: every value already in words (numbers
 * written the language's way, field ids as labels, lists joined), a count also as its number so the
 * words can choose the noun's plural. No raw value reaches the words.
 */
export type Worded<Shape extends Readonly<Record<string, ParamKind>>> = {
  readonly [K in keyof Shape]: Shape[K] extends "count" ? WordedCount : string;
};

type IssueShapes = typeof ISSUE_PARAMS;
type PackageErrorShapes = typeof PACKAGE_ERROR_PARAMS;

/** One language's words for every issue and package error; a missing code or parameter does not compile. */
export interface MessageCatalogue {
  issues: { [C in keyof IssueShapes]: (p: Worded<IssueShapes[C]>) => string };
  packageErrors: { [C in keyof PackageErrorShapes]: (p: Worded<PackageErrorShapes[C]>) => string };
  /** Words for the reasons `parseNumber` gives. */
  numberReasons: Record<string, string>;
  /** Words for the JSON types a package member may have had to be. */
  jsonTypes: Record<string, string>;
  /** Words for what a defined name may point at instead of one cell. */
  nameTargets: Record<string, string>;
  /** The noun of a field kind's unit, singular and plural ("plass"/"plasser"), for amounts. */
  unitNouns: Record<string, { one: string; other: string }>;
}
