import { STATUS_DONE } from "../templates/choices";
import type { Finding, Rule } from "./rule";
import { readStatus } from "./status-reading";

/**
 * A measure that is not in place carries a comment (`note.<id>`): a warning while editing, an error
 * at export. A status that went back from last year is the next rule's to report, with its words.
 */
export const statusCommentRequired: Rule = {
  id: "status-comment-required",
  meta: { description: "A measure not in place has a comment.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("status")) {
      const status = readStatus(context, field);
      if (status.current === undefined || status.current === STATUS_DONE || status.wentBack) continue;
      if (context.note(field.id) !== "") continue;
      findings.push({
        code: "status_comment_missing",
        field: field.id,
        params: { status: status.current },
        severity: context.phase === "export" ? "error" : "warning",
      });
    }
    return findings;
  },
};
