/**
 * Tells the page's classic ES5 notice (`old-excel-notice.js`) that the modules ran, so it stays
 * hidden. Called when a page's module is evaluated, which is before the window's load event.
 */
export function markModulesRan(): void {
  (globalThis as { hsoModulesRan?: boolean }).hsoModulesRan = true;
}
