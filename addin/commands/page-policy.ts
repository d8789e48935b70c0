/**
 * The Content-Security-Policy of the pages Excel loads (`taskpane.html`, `commands.html`): scripts
 * from the add-in's own address and Office.js from Microsoft's CDN only, nothing inline, no plugins,
 * no framing of other sites, no forms sent anywhere. A meta tag cannot set frame-ancestors (Office
 * frames the pane) or report-uri. The build checks both pages carry exactly this.
 */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
