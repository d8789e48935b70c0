import type { IssueCode, IssueParams, Severity } from "../report/issue";
import type { RuleContext } from "./rule-context";

/** What every finding has: where it is reported and, for findings that relate fields, which others it read. */
interface FindingBase {
  /** The field it is reported at: the one the controller typed, never a computed total when a part is to blame. */
  field: string;
  /** The defined name it concerns when not the field's own (`prev.<id>`): its cell is the issue's. */
  name?: string;
  /** The cell it is reported at when not the field's or name's own (a copied sheet's cell). */
  cell?: string;
  /** Overrides the rule's severity (year-over-year changes: warning while editing, error at export). */
  severity?: Severity;
  /**
   * The other fields whose values the finding rests on. When one of them is already wrong, the
   * finding is a consequence of that and is not reported again (one bad figure, one issue).
   */
  involves?: readonly string[];
}

/** A finding of one code, its params typed by the code (a code without params needs none). */
type FindingOf<C extends IssueCode> = FindingBase & { code: C } & (keyof IssueParams<C> extends never
    ? { params?: IssueParams<C> }
    : { params: IssueParams<C> });

/** What a rule reports; the runner adds the rule id, the cell and the default severity. */
export type Finding = { [C in IssueCode]: FindingOf<C> }[IssueCode];

/** One validation rule: a pure function from the context to findings. It never throws for bad data. */
export interface Rule {
  id: string;
  meta: { description: string; severity: Severity };
  check(context: RuleContext): Finding[];
}
