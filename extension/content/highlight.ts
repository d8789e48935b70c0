/** What a mark says about a field: where a figure will go, went, differs, or could go (unclear). */
export type HighlightState = "planned" | "filled" | "mismatched" | "ambiguous";

const COLOURS: Record<HighlightState, string> = {
  planned: "#0b5cad",
  filled: "#1b7f3b",
  mismatched: "#c62828",
  ambiguous: "#b26a00",
};

interface Overlay {
  host: HTMLElement;
  layer: HTMLElement;
  marks: Map<Element, { state: HighlightState; box: HTMLElement }>;
  timer: ReturnType<typeof setInterval>;
}

let overlay: Overlay | undefined;

/**
 * Marks a field by drawing a frame over it in a closed shadow root of our own: the page's
 * elements get no attribute or style from us, so the page cannot read from them whether its value
 * equals the package's. Frames follow the fields while the page scrolls or reflows, take no room
 * and no clicks; `clearHighlights` removes them all.
 */
export function highlight(element: Element, state: HighlightState): void {
  const current = overlay ?? createOverlay(element.ownerDocument);
  overlay = current;
  const known = current.marks.get(element);
  const box = known?.box ?? current.layer.appendChild(element.ownerDocument.createElement("div"));
  box.style.cssText = `position:fixed;box-sizing:border-box;pointer-events:none;border:2px ${state === "planned" ? "dashed" : "solid"} ${COLOURS[state]};border-radius:2px`;
  current.marks.set(element, { state, box });
  schedulePlacing(current);
}

let placing = false;

/**
 * Places every frame once, just before the browser paints the next frame: reading 200 boxes
 * between writes would lay the page out 200 times, and reading them at once right after a fill
 * forced a layout of the whole page inside the fill (20 ms of 200 fields) that the browser's own
 * frame does anyway. A view that paints no frames (a hidden tab) places them on the timer.
 */
function schedulePlacing(current: Overlay): void {
  if (placing) return;
  placing = true;
  const view = current.host.ownerDocument.defaultView;
  const later = view?.requestAnimationFrame?.bind(view) ?? queueMicrotask;
  later(() => {
    placing = false;
    if (overlay === current) placeAll(current);
  });
}

function placeAll(current: Overlay): void {
  const rects = [...current.marks].map(
    ([element, mark]) => [element, mark.box, element.getBoundingClientRect()] as const,
  );
  for (const [element, box, rect] of rects) place(element, box, rect);
}

/** Whether a node is the host of this frame's marks (the page's mutations are told apart from it). */
export function isOverlayHost(node: Node): boolean {
  return overlay !== undefined && node === overlay.host;
}

/** Removes every mark this frame's content script made. */
export function clearHighlights(): void {
  if (overlay === undefined) return;
  clearInterval(overlay.timer);
  overlay.host.remove();
  overlay = undefined;
}

function createOverlay(doc: Document): Overlay {
  const host = doc.createElement("div");
  host.style.cssText = "position:fixed;inset:0;width:0;height:0;pointer-events:none;z-index:2147483647";
  const root = host.attachShadow({ mode: "closed" });
  const layer = doc.createElement("div");
  root.appendChild(layer);
  doc.documentElement.appendChild(host);
  const marks = new Map<Element, { state: HighlightState; box: HTMLElement }>();
  // Following the fields on a timer costs a few rectangles per tick and needs no page listener.
  const timer = setInterval(() => overlay && placeAll(overlay), 250);
  return { host, layer, marks, timer };
}

function place(element: Element, box: HTMLElement, rect: DOMRect): void {
  const shown = element.isConnected && rect.width > 0 && rect.height > 0;
  box.style.display = shown ? "block" : "none";
  box.style.left = `${rect.left - 3}px`;
  box.style.top = `${rect.top - 3}px`;
  box.style.width = `${rect.width + 6}px`;
  box.style.height = `${rect.height + 6}px`;
}

/** The state a field is marked with now (for tests; the page cannot read it). */
export function markOf(element: Element): HighlightState | undefined {
  return overlay?.marks.get(element)?.state;
}
