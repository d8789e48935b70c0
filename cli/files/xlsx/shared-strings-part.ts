import { stringItemText } from "./xml-text";

/**
 * The shared strings the named cells use, and only those: a sheet of a million distinct texts
 * costs a scan, not a million strings kept (ECMA-376 Part 1, §18.4.9 sst).
 */
export function sharedStrings(xml: string | undefined, wanted: ReadonlySet<number>): Map<number, string> {
  const found = new Map<number, string>();
  if (!xml || wanted.size === 0) return found;
  const last = Math.max(...wanted);
  let index = 0;
  for (const match of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
    if (wanted.has(index)) found.set(index, stringItemText(match[1] ?? ""));
    index += 1;
    if (index > last) break;
  }
  return found;
}
