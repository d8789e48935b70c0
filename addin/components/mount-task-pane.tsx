import { render } from "preact";
import type { Report } from "../../shared/report/report";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
import { loadLang } from "../i18n/pane-langs";
import { rememberedLang } from "../i18n/remember-lang";
import type { UiWord } from "../i18n/ui-words";
import { PaneErrorBoundary } from "./pane-error-boundary";
import { copyText, downloadText } from "./save-text";
import { TaskPane } from "./task-pane";
import "./task-pane.css";

/** What a host page (Excel's task pane or the playground) tells the pane besides the adapter. */
export interface MountOptions {
  runtimeMissing?: readonly UiWord[];
  onReport?: (report: Report) => void;
}

/**
 * Renders the real task pane into a page, with the browser's storage, download and clipboard. The
 * language the user chose last time is loaded first, so the first pass already marks in it (a chunk
 * that cannot be fetched leaves the pane in Norwegian, and the pane says so when it tries again).
 */
export async function mountTaskPane(
  root: HTMLElement,
  adapter: WorkbookAdapter,
  options: MountOptions = {},
): Promise<void> {
  let store: Storage | undefined;
  try {
    store = window.localStorage;
  } catch {
    store = undefined;
  }
  await loadLang(rememberedLang(store)).catch(() => undefined);
  render(
    <PaneErrorBoundary>
      <TaskPane adapter={adapter} store={store} download={downloadText} copy={copyText} {...options} />
    </PaneErrorBoundary>,
    root,
  );
}
