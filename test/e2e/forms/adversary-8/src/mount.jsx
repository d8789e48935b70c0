// Shared by the React forms: mounts <App> into #root, exposes the page's own model to state.js
// (window.hsoAppState: what the page would save) and tells state.js when the controls exist.

import { initializeIcons } from "@fluentui/react";
import { createRoot } from "react-dom/client";

export const model = {};
export function mount(app, { readyAfter = 400 } = {}) {
  initializeIcons(undefined, { disableWarnings: true });
  window.hsoAppState = () => ({ ...model });
  createRoot(document.getElementById("root")).render(app);
  setTimeout(() => window.hsoStateReady?.(), readyAfter);
}
