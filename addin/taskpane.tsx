import { createOfficeAdapter } from "./adapter/office-adapter";
import { bootTaskPane } from "./commands/boot-pane";
import { loadLang } from "./i18n/pane-langs";
import { uiWordEveryLang } from "./i18n/ui-words";

const root = document.getElementById("app") as HTMLElement;

if (typeof Office === "undefined") {
  // Office.js did not load (opened outside Excel, or the CDN was blocked): say so instead of a blank
  // pane, in Norwegian at once and in English too once its words are here.
  const say = () => {
    root.textContent = uiWordEveryLang("notInExcel");
  };
  say();
  void loadLang("en").then(say, () => undefined);
} else {
  void Office.onReady(() =>
    bootTaskPane(root, createOfficeAdapter()).catch((error: unknown) =>
      console.error("[hso task pane] boot", error),
    ),
  );
}
