import { render } from "preact";

render(<p>Rapportering</p>, document.getElementById("app") as HTMLElement);
