import type { PackageErrorCode } from "../package/package-error";
import type { IssueCode } from "../report/issue";

/** What a message is built from: the issue's parameters, with numbers already formatted for the language. */
export type MessageParams = Record<string, string>;

/** One language's words for every issue and package error; a missing code does not compile. */
export interface MessageCatalogue {
  issues: Record<IssueCode, (p: MessageParams) => string>;
  packageErrors: Record<PackageErrorCode, (p: MessageParams) => string>;
  /** Words for the reasons `parseNumber` gives. */
  numberReasons: Record<string, string>;
}
