import { render } from "preact";
import { OptionsApp } from "./options-app";
import { requestOrigin } from "./shared/browser-actions";
import { downloadText } from "./shared/download-text";
import { logUnexpected } from "./shared/log-unexpected";
import { sendRequest } from "./shared/send-request";
import "./shared/pages.css";

logUnexpected("options");
render(
  <OptionsApp send={sendRequest} requestOrigin={requestOrigin} download={downloadText} />,
  document.getElementById("app") as HTMLElement,
);
