import { render } from "preact";
import { PopupApp } from "./popup-app";
import { openExtensionPage, openOptions, requestOrigin } from "./shared/browser-actions";
import { sendRequest } from "./shared/send-request";
import "./shared/pages.css";

render(
  <PopupApp
    send={sendRequest}
    requestOrigin={requestOrigin}
    openImport={() => void openExtensionPage("import.html").then(() => window.close())}
    openOptions={() => void openOptions().then(() => window.close())}
  />,
  document.getElementById("app") as HTMLElement,
);
