import { otherPreviousYear } from "./previous-year";
import type { Finding, Rule } from "./rule";
import { readStatus } from "./status-reading";

/**
 * A status that went back from last year's package (in place → in progress, in progress → not
 * started, …) needs a comment saying why: a warning while editing, an error at export. The message
 * names the year compared with when it is not last year.
 */
export const statusWentBackExplained: Rule = {
  id: "status-went-back-explained",
  meta: { description: "A status that went back from last year is explained.", severity: "warning" },
  check(context) {
    const findings: Finding[] = [];
    for (const field of context.fieldsOfKind("status")) {
      const status = readStatus(context, field);
      if (!status.wentBack || context.note(field.id) !== "") continue;
      findings.push({
        code: "status_went_back",
        field: field.id,
        params: {
          previous: status.previous ?? "",
          current: status.current ?? "",
          previousYear: otherPreviousYear(context, field.template),
        },
        severity: context.phase === "export" ? "error" : "warning",
      });
    }
    return findings;
  },
};
