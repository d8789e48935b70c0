import { xmlAttributes } from "./xml-text";

/** Excel's built-in number formats that carry no code in styles.xml (ECMA-376 Part 1, §18.8.30). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  49: "@",
};

/** Style index (a cell's `s`) → its number format code, from `xl/styles.xml`. */
export function numberFormats(xml: string | undefined): (style: number) => string | undefined {
  if (!xml) return () => undefined;
  const codes = new Map<number, string>();
  for (const match of xml.matchAll(/<(?:\w+:)?numFmt\b([^>]*)\/?>/g)) {
    const attributes = xmlAttributes(match[1] ?? "");
    codes.set(Number(attributes.numFmtId), attributes.formatCode ?? "");
  }
  const cellXfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(xml)?.[1] ?? "";
  const formatIds = [...cellXfs.matchAll(/<(?:\w+:)?xf\b([^>]*?)\/?>/g)].map((match) =>
    Number(xmlAttributes(match[1] ?? "").numFmtId ?? 0),
  );
  return (style) => {
    const id = formatIds[style];
    return id === undefined ? undefined : (codes.get(id) ?? BUILT_IN[id]);
  };
}
