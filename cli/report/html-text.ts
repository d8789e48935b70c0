import { printableText } from "../../shared/text/printable-text";

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text as HTML text: made printable first (no control or bidi characters), then every character
 * that HTML gives a meaning escaped, so `<script>`, `</style>` or a quote from a package stays
 * words on the page and never becomes markup (the report holds no links, so `javascript:` is text).
 */
export function esc(text: string | number): string {
  return printableText(String(text)).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
