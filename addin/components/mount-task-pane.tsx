import { render } from "preact";
import type { Report } from "../../shared/report/report";
import type { WorkbookAdapter } from "../adapter/workbook-adapter";
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

/** Renders the real task pane into a page, with the browser's storage, download and clipboard. */
export function mountTaskPane(root: HTMLElement, adapter: WorkbookAdapter, options: MountOptions = {}): void {
  let store: Storage | undefined;
  try {
    store = window.localStorage;
  } catch {
    store = undefined;
  }
  render(
    <PaneErrorBoundary>
      <TaskPane adapter={adapter} store={store} download={downloadText} copy={copyText} {...options} />
    </PaneErrorBoundary>,
    root,
  );
}
