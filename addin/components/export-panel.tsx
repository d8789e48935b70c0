import { useState } from "preact/hooks";
import { describeIssue, fieldLabel } from "../../shared/messages/describe";
import type { Lang } from "../../shared/messages/lang";
import type { Issue } from "../../shared/report/issue";
import type { Say } from "./say";

/** Where an export attempt ended. */
export type ExportState =
  | { kind: "idle" }
  | { kind: "refused"; errors: number }
  | { kind: "explain"; issues: Issue[] }
  | { kind: "ready"; file: string; text: string; copied: boolean };

interface ExportPanelProps {
  say: Say;
  lang: Lang;
  state: ExportState;
  busy: boolean;
  onExport: () => void;
  onExplain: (notes: Record<string, string>) => void;
  onDownload: (file: string, text: string) => void;
}

/** Export: refused while errors remain; unexplained changes are asked for here; then download and copy. */
export function ExportPanel(props: ExportPanelProps) {
  const { say, state, busy, onExport } = props;
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{say("exportHeading")}</h2>
      {state.kind === "refused" && (
        <p role="alert" class="error">
          {say("exportRefused", { errors: state.errors })}
        </p>
      )}
      {state.kind === "explain" && <ExplainChanges {...props} issues={state.issues} />}
      {state.kind === "ready" && <PackageReady {...props} {...state} />}
      <button type="button" disabled={busy} onClick={onExport}>
        {say("buildPackage")}
      </button>
    </section>
  );
}

function ExplainChanges({ say, lang, busy, issues, onExplain }: ExportPanelProps & { issues: Issue[] }) {
  const [notes, setNotes] = useState<Record<string, string>>({});
  const complete = issues.every((issue) => (notes[issue.field] ?? "").trim() !== "");
  return (
    <form
      class="explain"
      aria-labelledby="explain-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) onExplain(notes);
      }}
    >
      <h3 id="explain-heading">{say("explainHeading")}</h3>
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
  );
}

function PackageReady(props: ExportPanelProps & { file: string; text: string; copied: boolean }) {
  const { say, file, text, copied, onDownload } = props;
  return (
    <div class="package-ready">
      <p>{say("packageReady", { file })}</p>
      <p>{copied ? say("copied") : say("copyFailed")}</p>
      <button type="button" onClick={() => onDownload(file, text)}>
        {say("download")}
      </button>
      {!copied && (
        <textarea
          aria-label={file}
          readOnly
          rows={6}
          value={text}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
