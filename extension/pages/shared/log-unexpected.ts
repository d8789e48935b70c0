/** The page's one global handler: an unexpected error is logged once, with the page it came from. */
export function logUnexpected(page: string): void {
  window.addEventListener("error", (event) =>
    console.error(`hso ${page}: unexpected error`, event.error ?? event.message),
  );
  window.addEventListener("unhandledrejection", (event) =>
    console.error(`hso ${page}: unexpected failure`, event.reason),
  );
}
