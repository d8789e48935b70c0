import type { IssueCode, IssueParams, Severity } from "../report/issue";
import type { RuleContext } from "./rule-context";

/** What a rule reports; the runner adds the rule id, the cell and the default severity. */
export interface Finding {
  code: IssueCode;
  field: string;
  params?: IssueParams;
  /** The defined name it concerns when not the field's own (`prev.<id>`): its cell is the issue's. */
  name?: string;
  /** Overrides the rule's severity (year-over-year changes: warning while editing, error at export). */
  severity?: Severity;
}

/** One validation rule: a pure function from the context to findings. It never throws for bad data. */
export interface Rule {
  id: string;
  meta: { description: string; severity: Severity };
  check(context: RuleContext): Finding[];
}
