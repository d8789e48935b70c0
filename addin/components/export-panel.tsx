import type { Say } from "./say";

/** Where an export attempt ended, and the digest of the figures it judged. */
export type ExportState =
  | { kind: "idle" }
  | { kind: "refused"; errors: number; digest: string }
  | { kind: "explain"; count: number; digest: string }
  | { kind: "ready"; file: string; text: string; copied: boolean; digest: string }
  | { kind: "stale"; file: string; digest: string };

interface ExportPanelProps {
  say: Say;
  state: ExportState;
  busy: boolean;
  onExport: () => void;
  onDownload: (file: string, text: string) => void;
  onCopy: (text: string) => void;
}

/** Export: refused while errors remain, sent to the explanations while changes are unexplained; then the package. */
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
      {state.kind === "explain" && (
        <p role="alert" class="error">
          {say("exportNeedsExplain", { count: state.count })}
        </p>
      )}
      {state.kind === "stale" && (
        <p role="alert" class="error">
          {say("packageStale", { file: state.file })}
        </p>
      )}
      {state.kind === "ready" && <PackageReady {...props} {...state} />}
      <button type="button" disabled={busy} onClick={onExport}>
        {say("buildPackage")}
      </button>
    </section>
  );
}

/**
 * The package, offered three ways: downloaded at once, a download button, and always as text to copy,
 * because file download does nothing in Excel on Mac (OfficeDev/office-js issues #2700 and #4681).
 */
function PackageReady(props: ExportPanelProps & { file: string; text: string; copied: boolean }) {
  const { say, file, text, copied, onDownload, onCopy } = props;
  const id = "package-text";
  return (
    <div class="package-ready">
      <p class="ready">{say("packageReady", { file })}</p>
      <p>{copied ? say("copied") : say("copyFailed")}</p>
      <button type="button" onClick={() => onDownload(file, text)}>
        {say("download")}
      </button>
      <button type="button" onClick={() => onCopy(text)}>
        {say("copy")}
      </button>
      <label for={id}>{say("packageText", { file })}</label>
      <p id={`${id}-hint`} class="hint">
        {say("copyHint", { file })}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        readOnly
        rows={6}
        value={text}
        onFocus={(event) => event.currentTarget.select()}
      />
    </div>
  );
}
