// What the form's own controls hold, posted to /state/<form> whenever it changes (serve.mjs; the same pattern as adversary-2's state.js).
// Every control a tester cares about carries data-k: a catalogue field id, or "x:<name>" for a
// control that must keep what it held (a decoy). A radio group's data-k sits on its container.
// A form that renders late calls window.hsoStateReady() once its controls exist; others are
// snapshotted at load. A page with its own state (React, Vue) may set window.hsoAppState().
(() => {
  const form = document.currentScript?.dataset.form ?? location.pathname;
  function controlValue(el) {
    // A list whose option values are database ids (SharePoint's Lookup) is compared by the chosen text.
    if (el instanceof HTMLSelectElement && "text" in el.dataset) return el.selectedOptions[0]?.text ?? "";
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) return el.checked;
    if (
      "value" in el &&
      typeof el.value === "string" &&
      !(el instanceof HTMLFieldSetElement) &&
      !el.isContentEditable
    ) {
      if (el.localName.includes("checkbox")) return Boolean(el.checked);
      return el.value;
    }
    if (el.localName.includes("checkbox")) return Boolean(el.checked);
    // Grid cells and text boxes drawn as divs (contenteditable, role=textbox/gridcell) hold text.
    if (el.isContentEditable || ["textbox", "gridcell"].includes(el.getAttribute("role") ?? ""))
      return el.textContent.trim();
    const checked = [...el.querySelectorAll("input[type=radio], fluent-radio, [role=radio]")].find(
      (r) => r.checked || r.getAttribute("aria-checked") === "true",
    );
    return checked ? (checked.value ?? checked.getAttribute("value")) : "";
  }
  // adversary-7: controls inside open shadow roots (nested web components) are counted too.
  function deepAll(root, out = []) {
    for (const el of root.querySelectorAll("*")) {
      if (el.dataset?.k) out.push(el);
      if (el.shadowRoot) deepAll(el.shadowRoot, out);
    }
    return out;
  }
  function snap() {
    const out = {};
    for (const el of deepAll(document)) out[el.dataset.k] = controlValue(el);
    return out;
  }
  let initial = null;
  let last = "";
  function post(force = false) {
    if (initial === null) return Promise.resolve();
    const current = snap();
    const app = typeof window.hsoAppState === "function" ? window.hsoAppState() : undefined;
    const text = JSON.stringify({ form, url: location.href, initial, current, app });
    if (text === last && !force) return Promise.resolve();
    last = text;
    return fetch(`/state/${form}`, { method: "POST", body: text, keepalive: true }).then(
      () => {},
      () => {},
    );
  }
  // A test holding the page posts its state now and waits for the server to have it, instead of
  // racing the timers below for it.
  window.hsoPostNow = () => post(true);
  window.hsoStateReady = () => {
    initial ??= snap();
    post();
  };
  if (!document.currentScript?.dataset.late) addEventListener("load", () => window.hsoStateReady());
  for (const type of ["input", "change", "click", "blur"])
    addEventListener(type, () => setTimeout(post, 30), true);
  setInterval(() => post(), 250);
})();
