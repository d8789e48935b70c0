import { render } from "preact";
import { ImportApp } from "./import-app";
import { logUnexpected } from "./shared/log-unexpected";
import { sendRequest } from "./shared/send-request";
import "./shared/pages.css";

logUnexpected("import");
render(<ImportApp send={sendRequest} />, document.getElementById("app") as HTMLElement);
