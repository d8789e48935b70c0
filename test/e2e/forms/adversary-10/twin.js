// The twin of a WRONG case (FINDINGS.md): ?year=2025 (or ?unit=telemark) turns the decoys into
// this year's / this unit's boxes: text of [data-twin-text] elements and data-k of [data-twin]
// controls are swapped before state.js takes its first snapshot (this script runs before load).
(() => {
  const q = new URLSearchParams(location.search);
  if (!q.has("year") && !q.has("unit")) return;
  for (const el of document.querySelectorAll(".yr")) el.textContent = el.textContent.replace("2024", "2025");
  for (const el of document.querySelectorAll("[data-twin-text]")) el.textContent = el.dataset.twinText;
  for (const el of document.querySelectorAll("[data-twin]")) el.dataset.k = el.dataset.twin;
  window.hsoTwin = true;
})();
