import { render } from "preact";
import { PopupApp } from "./popup-app";
import { openExtensionPage, openOptions, requestOrigin } from "./shared/browser-actions";
import { logUnexpected } from "./shared/log-unexpected";
import { sendRequest } from "./shared/send-request";
import "./shared/pages.css";

logUnexpected("popup");
render(
  <PopupApp
    send={sendRequest}
    requestOrigin={requestOrigin}
    openImport={() => void openExtensionPage("import.html").then(() => window.close())}
    openOptions={() => void openOptions().then(() => window.close())}
  />,
  document.getElementById("app") as HTMLElement,
);
