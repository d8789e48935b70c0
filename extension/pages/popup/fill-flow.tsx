import { useState } from "preact/hooks";
import type { Lang } from "../../../shared/messages/lang";
import { errorWord, pageWord } from "../../i18n/page-words";
import type { FigureRow, FillResult, Preview, TabInfo, UndoSummary, WorkerErrorCode } from "../../messages";
import { FillResultView } from "../fill-result-view";
import type { Send } from "../shared/send-request";
import type { Choice } from "./choose-package";
import { IdentityWarning } from "./identity-warning";
import { isFillable, PreviewTable } from "./preview-table";
import { UndoLine } from "./undo-line";

/** Props of the fill flow. */
export interface FillFlowProps {
  lang: Lang;
  send: Send;
  tab: TabInfo;
  choice: Choice;
  unitName: string;
  canRun: boolean;
  requestOrigin: (origin: string) => Promise<boolean>;
}

/**
 * Preview, then fill, then undo: the preview lists where each figure will go (ticked rows only
 * are filled, on one click); "overwrite" is the user's explicit choice; a page naming another
 * unit or year is refused with the reason unless the user overrides it; after the fill, the
 * report and an Undo that restores what the page held. Check mode compares without writing.
 */
export function FillFlow({ lang, send, tab, choice, unitName, canRun, requestOrigin }: FillFlowProps) {
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [overwrite, setOverwrite] = useState(false);
  const [override, setOverride] = useState(false);
  const [busy, setBusy] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const [result, setResult] = useState<FillResult | undefined>(undefined);
  const [undone, setUndone] = useState<UndoSummary | undefined>(undefined);
  const [failure, setFailure] = useState<WorkerErrorCode | undefined>(undefined);
  const expect = { url: tab.url, origin: tab.origin };

  async function work<T>(
    task: () => Promise<{ ok: true; response: T } | { ok: false; error: { code: WorkerErrorCode } }>,
  ) {
    setBusy(true);
    setFailure(undefined);
    const answer = await task();
    setBusy(false);
    if (!answer.ok) setFailure(answer.error.code);
    return answer.ok ? answer.response : undefined;
  }

  async function showPreview() {
    // Host access must be asked for inside the click, before anything else is awaited.
    if (tab.needsOrigin) await requestOrigin(tab.needsOrigin);
    const next = await work(() => send({ type: "plan-tab", ...choice, tabId: tab.tabId, expect }));
    setResult(undefined);
    setUndone(undefined);
    setOverride(false);
    setPreview(next);
    setTicked(new Set(next?.rows.filter((row) => isFillable(row, false)).flatMap((row) => row.ids)));
  }

  async function fill(mode: "fill" | "check") {
    if (mode === "check" && tab.needsOrigin) await requestOrigin(tab.needsOrigin);
    const confirmed = mode === "fill" && preview ? { ids: [...ticked], overwrite, override } : {};
    const next = await work(() =>
      send({ type: "fill-tab", ...choice, mode, tabId: tab.tabId, expect, ...confirmed }),
    );
    if (next) setPreview(undefined);
    setResult(next);
    setUndone(undefined);
    const readAgain = next?.undoAvailable || next?.navigatedAfterFill;
    if (next?.mode === "fill" && readAgain && next.filled.length > 0) await verify();
  }

  // A page may change fields back after the read-back (an autosave reloading its draft): the
  // report is shown at once, then read again a bounded time after the fill (verify-fill.ts); a
  // tab loaded again during the fill is read again on the new page.
  async function verify() {
    setVerifying(true);
    const answer = await send({ type: "verify-fill", tabId: tab.tabId });
    setVerifying(false);
    if (answer.ok && answer.response.result) setResult(answer.response.result);
  }

  async function undo() {
    setUndone(await work(() => send({ type: "undo-tab", tabId: tab.tabId })));
  }

  const tick = (row: FigureRow, on: boolean) =>
    setTicked((old) => {
      const next = new Set(old);
      for (const id of row.ids) on ? next.add(id) : next.delete(id);
      return next;
    });
  const refused = preview && (preview.identity.unit === "other" || preview.identity.year === "other");
  const chosen = preview
    ? preview.rows.filter((row) => isFillable(row, overwrite) && row.ids.every((id) => ticked.has(id)))
    : [];
  return (
    <>
      {!preview && (
        <>
          <button type="button" disabled={!canRun || busy} onClick={() => void showPreview()}>
            {pageWord(lang, "preview")}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={!canRun || busy}
            onClick={() => void fill("check")}
          >
            {pageWord(lang, "check")}
          </button>
        </>
      )}
      {preview && (
        <section aria-label={pageWord(lang, "previewTitle")}>
          <p class="muted">
            {pageWord(lang, "pageOrigin")} {preview.origin}
          </p>
          {refused && (
            <IdentityWarning
              lang={lang}
              preview={preview}
              unitName={unitName}
              override={override}
              onOverride={setOverride}
            />
          )}
          <p class="muted">{pageWord(lang, "previewHelp")}</p>
          <PreviewTable lang={lang} preview={preview} ticked={ticked} overwrite={overwrite} onTick={tick} />
          <label>
            <input
              type="checkbox"
              checked={overwrite}
              onChange={(event) => setOverwrite(event.currentTarget.checked)}
            />{" "}
            {pageWord(lang, "overwrite")}
          </label>
          <button
            type="button"
            disabled={busy || chosen.length === 0 || (refused && !override)}
            onClick={() => void fill("fill")}
          >
            {pageWord(lang, "confirm", { n: chosen.length })}
          </button>
          <button type="button" class="secondary" onClick={() => setPreview(undefined)}>
            {pageWord(lang, "cancelPreview")}
          </button>
        </section>
      )}
      <div role="status" aria-live="polite">
        {busy && <p>{pageWord(lang, "working")}</p>}
        {failure && <p class="error">{errorWord(lang, failure)}</p>}
        {!busy && result && <FillResultView lang={lang} result={result} />}
        {verifying && <p class="muted">{pageWord(lang, "verifying")}</p>}
        {!busy && !result && !preview && tab.lastResult && (
          <FillResultView lang={lang} result={tab.lastResult} heading={pageWord(lang, "lastResult")} />
        )}
        {result && (
          <UndoLine lang={lang} result={result} undone={undone} busy={busy} onUndo={() => void undo()} />
        )}
      </div>
    </>
  );
}
