/** Decodes XML's entities and OOXML's `_xHHHH_` escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). */
export function xmlText(raw: string): string {
  return raw
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
      if (entity.startsWith("#x")) return safeCodePoint(Number.parseInt(entity.slice(2), 16));
      if (entity.startsWith("#")) return safeCodePoint(Number(entity.slice(1)));
      return ENTITIES[entity] ?? "";
    })
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function safeCodePoint(code: number): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
}

/** The attributes of one start tag's inside (`r="C7" t="s"`), names without their namespace prefix. */
export function xmlAttributes(inside: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of inside.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] ?? "").replace(/^.*:/, "");
    attributes[name] = xmlText(match[2] ?? match[3] ?? "");
  }
  return attributes;
}

/** The text of every `<t>` inside a string item or inline string (rich text runs joined, phonetic runs left out). */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) {
    text += xmlText(match[1] ?? "");
  }
  return text;
}
