import { createOfficeAdapter } from "./adapter/office-adapter";
import { bootTaskPane } from "./commands/boot-pane";
import { uiWord } from "./i18n/ui-words";

const root = document.getElementById("app") as HTMLElement;

if (typeof Office === "undefined") {
  // Office.js did not load (opened outside Excel, or the CDN was blocked): say so instead of a blank pane.
  root.textContent = `${uiWord("nb", "notInExcel")} / ${uiWord("en", "notInExcel")}`;
} else {
  void Office.onReady(() =>
    bootTaskPane(root, createOfficeAdapter()).catch((error: unknown) =>
      console.error("[hso task pane] boot", error),
    ),
  );
}
