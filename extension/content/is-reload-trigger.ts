/**
 * Whether changing a control makes the page submit itself (ASP.NET AutoPostBack writes
 * `onchange="__doPostBack(…)"` or `setTimeout('__doPostBack(…)')`; hand-written pages call
 * `form.submit()`), so it must be filled after the others.
 */
export function isReloadTrigger(control: Element): boolean {
  const handler = control.getAttribute("onchange") ?? "";
  return /__doPostBack|\.submit\s*\(|requestSubmit\s*\(/.test(handler);
}
