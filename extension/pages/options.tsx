import { render } from "preact";

render(<p>Fyll ut</p>, document.getElementById("app") as HTMLElement);
