import { render } from "preact";
import { ImportApp } from "./import-app";
import { sendRequest } from "./shared/send-request";
import "./shared/pages.css";

render(<ImportApp send={sendRequest} />, document.getElementById("app") as HTMLElement);
