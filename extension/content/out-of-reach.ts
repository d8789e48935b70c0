import { within } from "./control-context";

/**
 * Controls a user could not type into as the page stands, or that are not part of a return:
 * - inside a search landmark (`<search>`, `role="search"`) or a search box: a filter over an
 *   overview is never the return's form, however well its label matches (docs/extension.md,
 *   "What is never filled");
 * - behind an open modal dialog, or under `inert`: the page makes them unreachable
 *   (https://html.spec.whatwg.org/multipage/interaction.html#modal-dialogs-and-inert-subtrees).
 */
export function outOfReach(element: Element, modal: Element | null): boolean {
  if (element instanceof HTMLInputElement && element.type === "search") return true;
  if (element.closest('search, [role="search"], [inert]') !== null) return true;
  return modal !== null && !within(modal, element);
}

/** The open modal dialog of a document, if any (`:modal` is unknown to some DOMs: then none). */
export function openModal(doc: Document): Element | null {
  try {
    return doc.querySelector("dialog:modal");
  } catch {
    return null;
  }
}

/**
 * Whether a document is a frame that sits behind its parent page's open modal dialog (inert with
 * everything else outside the dialog). A cross-origin parent cannot be read: then the frame is
 * taken as reachable, as before.
 */
export function frameBehindModal(doc: Document): boolean {
  let frame: Element | null = null;
  try {
    frame = doc.defaultView?.frameElement ?? null;
  } catch {
    return false;
  }
  if (frame === null) return false;
  const modal = openModal(frame.ownerDocument);
  return (modal !== null && !modal.contains(frame)) || frameBehindModal(frame.ownerDocument);
}
