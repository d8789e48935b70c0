/**
 * The report's one stylesheet: readable on screen, and printed on A4 with each main section on a
 * new page (the plan's matrix of measures × trusts on landscape A4, a CSS named page), tables and
 * charts kept whole, table headings repeated on every page. Its SHA-256 is the only style the
 * page's Content-Security-Policy allows.
 */
export const REPORT_STYLE = `
:root { color: #1a1a1a; background: #ffffff; font-family: "Segoe UI", Calibri, Arial, sans-serif; font-size: 11pt; line-height: 1.4; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 2px solid #1f4e79; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.lead { color: #333333; }
table { border-collapse: collapse; margin: .75rem 0 1rem; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border-bottom: 1px solid #c8c8c8; padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; border-bottom: 2px solid #1f4e79; }
.num { text-align: right; white-space: nowrap; }
thead th.num { white-space: normal; }
tr.total th, tr.total td, tr.totalWithPrivate th, tr.totalWithPrivate td { font-weight: 700; border-top: 2px solid #1a1a1a; }
tr.private th, tr.private td { font-style: italic; }
.footnotes { font-size: .9rem; padding-left: 1rem; list-style: none; }
.mark { font-weight: 700; }
figure.chart { margin: 1rem 0; }
figcaption .figure-title { display: block; font-weight: 700; }
figcaption .figure-summary { display: block; margin: .2rem 0 .5rem; }
.chart-image svg { max-width: 100%; height: auto; }
table.chart-data { font-size: .85rem; }
td.state { white-space: nowrap; }
td.state.ready, .status-in_place { background: #dff0d8; }
td.state.warnings, .status-in_progress { background: #fff3cd; }
td.state.errors, td.state.missing, td.state.conflict, .status-not_started { background: #f8d7da; }
td.state.not_expected { color: #555555; }
table.matrix { font-size: .85rem; table-layout: fixed; }
table.matrix th.measure { width: 26%; }
table.matrix thead th { font-size: .9em; hyphens: auto; overflow-wrap: anywhere; }
table.matrix th, table.matrix td { padding: .2rem .25rem; }
td.status { text-align: center; border: 1px solid #ffffff; }
td.status.none { color: #555555; }
td.status .was { display: block; font-size: .75rem; font-style: italic; }
.ref { font-size: .75rem; vertical-align: super; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
ol.comments { font-size: .85rem; padding-left: 2rem; }
ol.comments .who { font-weight: 600; }
h4 { font-size: .95rem; margin: .75rem 0 .25rem; }
@page { size: A4; margin: 16mm 14mm; }
@page landscape { size: A4 landscape; margin: 12mm 12mm; }
@media print {
  :root { font-size: 9.5pt; }
  body { max-width: none; padding: 0; }
  section + section { break-before: page; }
  table, figure { break-inside: avoid; }
  thead { display: table-header-group; }
  h2, h3 { break-after: avoid; }
  #tiltak { page: landscape; }
  table.matrix { font-size: 8pt; }
  .focus-area { break-inside: avoid; }
  ol.comments { break-before: avoid; }
  td.state, thead th, .status-in_place, .status-in_progress, .status-not_started { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
