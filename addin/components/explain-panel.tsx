import { useState } from "preact/hooks";
import { fieldLabel } from "../../shared/messages/field-label";
import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import { describeIssue } from "../i18n/pane-messages";
import type { Say } from "./say";

interface ExplainPanelProps {
  say: Say;
  lang: Lang;
  /** The changes from last year that still need an explanation (`change_unexplained`). */
  issues: readonly Issue[];
  busy: boolean;
  onSave: (notes: Record<string, string>) => void;
}

/** Step 5: a text box for each large change from last year (the core's words name the threshold), written to its `note.` cell. */
export function ExplainPanel({ say, lang, issues, busy, onSave }: ExplainPanelProps) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  if (issues.length === 0) return null;
  const complete = issues.every((issue) => (notes[issue.field] ?? "").trim() !== "");
  return (
    <section aria-labelledby="explain-heading">
      <h2 id="explain-heading">{say("explainHeading")}</h2>
      <form
        class="explain"
        onSubmit={(event) => {
          event.preventDefault();
          if (!complete) return;
          const chosen = issues.map((issue) => [issue.field, (notes[issue.field] ?? "").trim()]);
          onSave(Object.fromEntries(chosen));
        }}
      >
        <p>{say("explainIntro")}</p>
        {issues.map((issue) => {
          const id = `explain-${issue.field.replace(/\W/g, "-")}`;
          return (
            <div key={issue.field} class="explain-field">
              <label for={id}>{say("explainLabel", { field: fieldLabel(issue.field, lang) })}</label>
              <p id={`${id}-why`} class="hint">
                {describeIssue(issue, lang)}
              </p>
              <textarea
                id={id}
                aria-describedby={`${id}-why`}
                rows={2}
                value={notes[issue.field] ?? ""}
                onInput={(event) => setNotes({ ...notes, [issue.field]: event.currentTarget.value })}
              />
            </div>
          );
        })}
        <button type="submit" disabled={busy || !complete}>
          {say("saveExplanation")}
        </button>
      </form>
    </section>
  );
}
