import { createHash } from "node:crypto";
import { esc } from "./html-text";
import { REPORT_STYLE } from "./report-style";

/**
 * The whole report as one self-contained HTML document: no script, no request to anywhere (the
 * policy allows nothing but the page's own stylesheet, by its hash), Norwegian, printable.
 */
export function reportPage(options: { title: string; lead: string; sections: readonly string[] }): string {
  const hash = createHash("sha256").update(REPORT_STYLE, "utf8").digest("base64");
  const policy = [
    "default-src 'none'",
    `style-src 'sha256-${hash}'`,
    "img-src 'none'",
    "script-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hso-report">
<title>${esc(options.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header><h1>${esc(options.title)}</h1><p class="lead">${esc(options.lead)}</p></header>
<main>
${options.sections.join("\n")}
</main>
</body>
</html>
`;
}
